// The JSON Schema of weightgate.yml, written once, here, as a `const` object, and the TypeScript type
// of a valid config derived from it: what ajv accepts and what the loader's code may read cannot drift.
//
// Why json-schema-to-ts (`FromSchema`): the schema stays plain JSON Schema draft-07, exactly what is
// published as schema/weightgate.schema.json for editors (yaml-language-server), so ajv keeps validating
// it and keeps producing the error objects src/config/load.ts turns into `file:line:col` messages; the
// type comes from the compiler alone (a devDependency, nothing added to the bundle). A schema builder
// (TypeBox) would give the type too, but would emit its own JSON shape and make the published file the
// output of a library rather than the reviewed text.
// schema/weightgate.schema.json is written from this object by `npm run schema`
// (scripts/write-config-schema.ts); test/config-schema.test.ts fails when the committed file differs.
//
// Its stable address (the `$id`, the `# yaml-language-server: $schema=…` line `weightgate init` writes
// and the README shows, and the SchemaStore catalog entry in docs/) is derived from package.json, the one
// home of the repository and the version: the raw file in this repository at the release tag v<version>.
import type { FromSchema } from 'json-schema-to-ts';
import pkg from '../../package.json' with { type: 'json' };
import { LOADER_RULES } from '../diff/loader-rule.js';
import { ENGINE_PREFERENCES } from '../engine/engine-types.js';
import { REMOTE_DEFAULTS } from '../sources/remote-defaults.js';

/** `owner/name` of package.json's `repository` (a GitHub URL, as npm writes it: `git+https://github.com/owner/name.git`). */
export function githubRepository(repository: { url: string }): string {
  const m = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(repository.url);
  if (!m?.[1]) throw new Error(`package.json: repository.url ${JSON.stringify(repository.url)} is not a GitHub repository URL`);
  return m[1];
}

/**
 * The config schema's stable URL: schema/weightgate.schema.json in this repository at the release tag
 * of this version (raw.githubusercontent.com serves it with CORS, as editors fetch it). Also the schema's `$id`.
 */
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${githubRepository(pkg.repository)}/v${pkg.version}/schema/weightgate.schema.json`;

/** The first line of a weightgate.yml that editors with yaml-language-server (VS Code's YAML extension) validate and complete. */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`;

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_URL,
  title: 'weightgate configuration',
  description: `Maps Keras / TF.js model definitions to the weight artifacts they must load. Editors: put \`${SCHEMA_MODELINE}\` at the top of weightgate.yml.`,
  type: 'object',
  additionalProperties: false,
  required: ['version', 'models'],
  properties: {
    $schema: {
      type: 'string',
    },
    version: {
      const: 1,
      description: 'Configuration format version. Always 1.',
    },
    defaults: {
      $ref: '#/definitions/options',
      description: 'Options every model inherits; a model\'s own options win.',
    },
    concurrency: {
      type: 'integer',
      minimum: 1,
      maximum: 64,
      default: 4,
      description: 'Models checked at the same time.',
    },
    cache: {
      type: 'string',
      default: '.weightgate-cache',
      description: 'Folder for downloaded artifacts (relative to the config file; inside the repository).',
    },
    remote: {
      type: 'object',
      additionalProperties: false,
      description: 'How remote (https://, gh://, gh-release://) artifacts are downloaded.',
      properties: {
        max_bytes: {
          type: 'integer',
          minimum: 1,
          default: REMOTE_DEFAULTS.maxBytes,
          description: 'Largest download accepted.',
        },
        timeout_seconds: {
          type: 'number',
          exclusiveMinimum: 0,
          default: REMOTE_DEFAULTS.timeoutMs / 1000,
          description: 'Per attempt.',
        },
        retries: {
          type: 'integer',
          minimum: 0,
          maximum: 10,
          default: REMOTE_DEFAULTS.retries,
        },
        allow_http: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Hosts that may be reached over plain http (tests on 127.0.0.1 only).',
        },
        allow_hosts: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Hosts (by name) that may be, or resolve to, loopback, private or link-local addresses; all others are refused.',
        },
      },
    },
    snapshots: {
      $ref: '#/definitions/snapshots',
      description: 'Output snapshots for every model: `weightgate check -u` records each model\'s outputs on seeded inputs, every later check replays and compares them. A model\'s own `snapshots` wins.',
    },
    limits: {
      type: 'object',
      description: 'Resource limits for reading untrusted files, e.g. { maxFileBytes: 64GiB, timeoutMs: 90s }; see README. In the GitHub Action, a value above the default (or off) applies only with the workflow input allow-config-limits: true; lowering always applies.',
    },
    models: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/definitions/model',
      },
    },
  },
  definitions: {
    snapshots: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: {
          type: 'string',
          minLength: 1,
          default: 'weightgate-snapshots',
          description: 'Folder of the snapshot files (<model id>.npz and <model id>.json), relative to the config file.',
        },
        atol: {
          type: 'number',
          minimum: 0,
          description: 'Absolute tolerance of a replay (default 1e-6 on the engine that recorded, 1e-5 on another engine or for outputs Keras recorded).',
        },
        rtol: {
          type: 'number',
          minimum: 0,
          description: 'Relative tolerance of a replay (default 1e-5 on the engine that recorded, 1e-4 otherwise).',
        },
        on_change: {
          enum: ['error', 'warning'],
          default: 'error',
          description: 'Severity of an `outputs-changed` finding.',
        },
        skip: {
          type: 'boolean',
          description: 'No snapshot for this model (or, at the top, for any model that does not set its own).',
        },
      },
    },
    layers: {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
      },
      uniqueItems: true,
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        loader: {
          enum: ['auto', ...LOADER_RULES],
          description: 'Pairing rule: auto (from the weights\' format), order (legacy .h5 load_weights), name (by_name=True), path (Keras 3), tfjs.',
        },
        runtime: {
          enum: ['keras2', 'keras3'],
          description: 'Which Keras loads the weights (default: Keras 3 when either side is Keras 3).',
        },
        engine: {
          enum: ENGINE_PREFERENCES,
          description: 'TF.js backend for the smoke inference.',
        },
        skip_mismatch: {
          type: 'boolean',
          description: 'load_weights(..., skip_mismatch=True).',
        },
        allow: {
          type: 'object',
          additionalProperties: false,
          description: 'Differences that are intended (transfer learning). They stay visible as info.',
          properties: {
            missing: {
              $ref: '#/definitions/layers',
              description: 'Model layers that may have no weights in the file (new layers, trained from scratch).',
            },
            unexpected: {
              $ref: '#/definitions/layers',
              description: 'File layers the model may not use (a dropped head).',
            },
            mismatch: {
              $ref: '#/definitions/layers',
              description: 'Layers whose shapes or counts may differ (a resized head).',
            },
          },
        },
        smoke: {
          type: 'object',
          additionalProperties: false,
          description: 'The TF.js smoke inference after the diff.',
          properties: {
            skip: {
              type: 'boolean',
            },
            input: {
              type: 'string',
              description: '.npy or .npz (keyed by input name); generated from `seed` when absent.',
            },
            expected: {
              type: 'string',
              description: '.npy or .npz golden outputs to compare against.',
            },
            atol: {
              type: 'number',
              minimum: 0,
            },
            rtol: {
              type: 'number',
              minimum: 0,
            },
            seed: {
              type: 'integer',
            },
            dim_default: {
              type: 'integer',
              minimum: 1,
              description: 'Size for unknown non-batch dimensions of generated inputs.',
            },
          },
        },
      },
    },
    model: {
      type: 'object',
      additionalProperties: false,
      required: ['definition'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          description: 'Shown in reports. With a glob, may use {stem}.',
        },
        definition: {
          type: 'string',
          minLength: 1,
          description: 'Model definition: Keras to_json() .json, .keras, full-model .h5, TF.js model.json. A glob expands to one pair per match.',
        },
        exclude: {
          type: 'array',
          items: {
            type: 'string',
            minLength: 1,
          },
          description: 'Globs (same base as `definition`) of matches to leave out, e.g. ["*_test.json"].',
        },
        weights: {
          description: 'Weight artifact(s): a path, glob, https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset. {stem}, {name} and {dir} refer to the definition. Omit for files that carry both (.keras, full .h5).',
          oneOf: [
            {
              type: 'string',
              minLength: 1,
            },
            {
              type: 'array',
              minItems: 1,
              items: {
                type: 'string',
                minLength: 1,
              },
            },
          ],
        },
        sha256: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{64}$',
          description: 'Expected SHA-256 of the weights (of the definition file when there are no weights): a download is verified after it lands, a local file is hashed before it is read.',
        },
        loader: {
          $ref: '#/definitions/options/properties/loader',
        },
        runtime: {
          $ref: '#/definitions/options/properties/runtime',
        },
        engine: {
          $ref: '#/definitions/options/properties/engine',
        },
        skip_mismatch: {
          $ref: '#/definitions/options/properties/skip_mismatch',
        },
        allow: {
          $ref: '#/definitions/options/properties/allow',
        },
        smoke: {
          $ref: '#/definitions/options/properties/smoke',
        },
        snapshots: {
          $ref: '#/definitions/snapshots',
        },
      },
    },
  },
} as const;

/** A weightgate.yml that passed the schema, as read (defaults not applied: see WeightgateConfig in load.ts). */
export type ConfigFile = FromSchema<typeof CONFIG_SCHEMA, { keepDefaultedPropertiesOptional: true }>;

/** The text of schema/weightgate.schema.json: CONFIG_SCHEMA as formatted JSON. */
export function configSchemaText(): string {
  return `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`;
}

/** The names of a config file that editors validate once SchemaStore lists the schema (`check` reads weightgate.yml by default). */
export const CONFIG_FILE_NAMES = ['weightgate.yml', 'weightgate.yaml'] as const;

/**
 * The text of docs/schemastore-catalog.json: the entry to add to SchemaStore's src/api/json/catalog.json
 * (`schemas` list), so editors pick the schema for weightgate.yml without the modeline.
 */
export function schemaStoreEntryText(): string {
  const entry = {
    name: 'weightgate',
    description: 'weightgate configuration: Keras / TensorFlow.js model definitions and the weight files they must load',
    fileMatch: [...CONFIG_FILE_NAMES],
    url: CONFIG_SCHEMA_URL,
  };
  return `${JSON.stringify(entry, null, 2)}\n`;
}
