#!/usr/bin/env node
// The committed bundle, so a clean clone runs without a build step.
await import('../dist/cli.js');
