/** Each contract and the TypeScript types generated from it. */
export const GENERATED = [
  { contract: 'openapi/caldasa.yaml', output: 'src/lib/api/caldasa.gen.ts' },
  { contract: 'openapi/sandbox.yaml', output: 'src/lib/api/sandbox.gen.ts' },
  { contract: 'openapi/relay.yaml', output: 'src/lib/api/relay.gen.ts' },
];
