import { defineDomain } from '../domain';
import { caseExportHandlers } from './caseExport';
import { caseImportHandlers } from './caseImport';
import { caseLogHandlers } from './caseLogCalls';
import { caseHandlers } from './cases';

/** Cases: the register of proposals and suggestions, its 交办清单 imports and exports. */
export const casesDomain = defineDomain('cases', [caseHandlers, caseImportHandlers, caseExportHandlers, caseLogHandlers]);
