import { startServices } from './electron/app/services';
const services = startServices(process.argv[2], { scheduledBackups: process.argv[3] === 'bg' });
const calls = ['drafts.list', 'inbox.list', 'users.current', 'sync.status', 'users.list', 'keys.status', 'inbox.recipients', 'templates.list', 'proofread.preferences', 'store.health'];
for (let i = 0; i < 2; i++)
  for (const name of calls) {
    const s = performance.now();
    const r = await services.dispatch(name as never, {} as never);
    console.log(i, name, Math.round(performance.now() - s), (r as { ok: boolean }).ok);
  }
services.close();
process.exit(0);
