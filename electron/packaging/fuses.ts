import type { FuseOptionsV1 } from 'app-builder-lib';

/**
 * The release fuses, flipped in the Electron binary at packaging time. electron-builder.yml carries
 * the same values (YAML cannot import this module); fuses.test.ts holds the two together.
 */
export const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies FuseOptionsV1;
