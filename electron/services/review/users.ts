import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { UserInputSchema, UserSchema, type User, type UserInput } from '../../../shared/review/users';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings/records/settings';

const CURRENT = 'review.currentUser';
const KNOWN = 'review.knownUsers';
/** Known users one by one: a damaged entry drops out, the rest stay. */
const KnownUsersSchema = z.array(z.unknown()).transform((list) => list.flatMap((user) => UserSchema.safeParse(user).data ?? []));

export function readCurrentUser(db: Db): User | null {
  return readSetting(db, CURRENT, UserSchema) ?? null;
}

export function readKnownUsers(db: Db): User[] {
  return readSetting(db, KNOWN, KnownUsersSchema) ?? [];
}

/** The person at the keyboard, for actions that must name one (review, comments). */
export function requireUser(db: Db): User {
  const user = readCurrentUser(db);
  if (!user) throw new ApiError('conflict', '请先填写您是谁（姓名、科室、角色），再进行审核或批注。');
  return user;
}

/**
 * The context with `author` read from the user who said who they are on this PC, so that every
 * revision records them; before anyone has, the operating-system account name stands in.
 */
export function withCurrentUser(ctx: ServiceContext): ServiceContext {
  const fallback = ctx.author;
  return Object.defineProperty({ ...ctx }, 'author', { get: () => readCurrentUser(ctx.db)?.name ?? fallback, enumerable: true });
}

/**
 * Says who is at the PC. A user picked from the list (by id) keeps their id; one typed in again with
 * the same name and 科室 is the same person; anyone else is a new user with an id of their own.
 */
export function setCurrentUser(db: Db, input: UserInput): User {
  return db.transaction(() => {
    const fields = UserInputSchema.parse(input);
    const known = readKnownUsers(db);
    const same = fields.id ? known.find((user) => user.id === fields.id) : known.find((user) => user.name === fields.name && user.unit === fields.unit);
    const user: User = { ...fields, permissions: fields.permissions ?? [], id: fields.id ?? same?.id ?? randomUUID() };
    writeSetting(db, CURRENT, user);
    writeSetting(db, KNOWN, [user, ...known.filter((other) => other.id !== user.id)].slice(0, 20));
    return user;
  })();
}

export function userHandlers({ db }: ServiceContext): Pick<Handlers, 'users.current' | 'users.set' | 'users.list'> {
  return {
    'users.current': () => readCurrentUser(db),
    'users.list': () => readKnownUsers(db),
    'users.set': (user) => setCurrentUser(db, user),
  };
}
