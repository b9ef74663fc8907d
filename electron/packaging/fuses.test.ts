import { getConfig } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../app/paths';
import { RELEASE_FUSES } from './fuses';

describe('the release fuses', () => {
  it('close every door a release does not use', () => {
    expect(RELEASE_FUSES).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('are exactly what electron-builder reads from electron-builder.yml', async () => {
    const config = await getConfig(appRoot(), null, null);
    expect(config.electronFuses).toEqual(RELEASE_FUSES);
  });
});
