// How long `nics --lldp` (and `snapshot --lldp`, `report --lldp`) listen for switches by default: a module of its own, so the
// commands' flags read it without loading the listener.

/** DEFAULT_LISTEN_SECONDS is one LLDP interval (30 s) and a second: long enough to hear every switch that announces itself. */
export const DEFAULT_LISTEN_SECONDS = 31
