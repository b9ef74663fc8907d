import { defineDomain } from '../domain';
import { uploadHandlers } from './uploads';

/** Large files sent in pieces before an import reads them. */
export const uploadsDomain = defineDomain('uploads', [uploadHandlers]);
