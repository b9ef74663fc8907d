import type { Handlers } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { draftHandlers } from './drafts';
import { importHandlers } from './imports';
import { draftLibraryHandlers } from './draftLibrary';
import { profileHandlers } from './profile';
import { revisionHandlers } from './revisions';
import { templateHandlers } from './templates';

/** Every call's handler; a call in the contract without one here is a compile error. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...templateHandlers(ctx),
    ...draftHandlers(ctx),
    ...importHandlers(ctx),
    ...draftLibraryHandlers(ctx),
    ...revisionHandlers(ctx),
    ...profileHandlers(ctx),
  };
}
