import { defineDomain } from '../domain';
import { docNumberHandlers } from './docNumbers';

/** 发文字号: numbers taken from the bureau's series, and their register. */
export const docNumbersDomain = defineDomain('docNumbers', [docNumberHandlers]);
