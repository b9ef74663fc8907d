export const IPC_CALL_CHANNEL = 'dafu:call';
