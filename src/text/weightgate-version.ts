// weightgate's version: in reports, snapshot provenance, converted model.json files (`convertedBy`)
// and `weightgate --version`; kept equal to package.json's version by a test (test/convert.test.ts).
export const WEIGHTGATE_VERSION = '0.1.0';
