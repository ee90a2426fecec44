// Written into converted model.json files as `convertedBy`; kept equal to package.json's version by a test.
export const WEIGHTGATE_VERSION = '0.1.0';
