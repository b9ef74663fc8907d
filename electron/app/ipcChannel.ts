export const IPC_CALL_CHANNEL = 'dafu:call';
/** Main → page: a command id chosen in the application menu, run by the page's command registry. */
export const IPC_COMMAND_CHANNEL = 'dafu:command';
/** Main → page: "files are waiting"; page → main (invoke): take them. */
export const IPC_OPENED_FILES_CHANNEL = 'dafu:opened-files';
