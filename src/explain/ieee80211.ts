// IEEE 802.11 reason codes (why a station was deauthenticated or disassociated) and status codes (why an authentication or
// association request was refused), by number, with a name and a plain meaning. Numbering as in IEEE Std 802.11 (Table 9-49,
// reason codes; Table 9-50, status codes) and the Linux kernel's include/linux/ieee80211.h (`enum ieee80211_reasoncode`,
// `enum ieee80211_statuscode`; status 77, which the kernel lacks, as hostap's src/common/ieee802_11_defs.h names it); the names
// follow those WLAN_REASON_* / WLAN_STATUS_* constants, in plain words.

/** Ieee80211Code is one code's name (the kernel's constant in plain words) and what it usually means for a home network. */
export interface Ieee80211Code {
  /** constant is the kernel's name for the code, e.g. WLAN_REASON_4WAY_HANDSHAKE_TIMEOUT. */
  constant: string
  name: string
  meaning: string
}

function code(constant: string, name: string, meaning: string): Ieee80211Code {
  return {constant, name, meaning}
}

/** IEEE80211_REASONS maps a reason code (deauthentication, disassociation: reason=N, Reason: N=…) to its name and meaning. */
export const IEEE80211_REASONS: ReadonlyMap<number, Ieee80211Code> = new Map([
  [1, code('WLAN_REASON_UNSPECIFIED', 'unspecified reason', 'the access point gave no particular reason')],
  [
    2,
    code(
      'WLAN_REASON_PREV_AUTH_NOT_VALID',
      'previous authentication no longer valid',
      'the access point forgot this device, e.g. after it restarted or roamed it away',
    ),
  ],
  [
    3,
    code(
      'WLAN_REASON_DEAUTH_LEAVING',
      'station is leaving',
      'a normal, deliberate disconnect by whichever side sent it (locally_generated=1: this device)',
    ),
  ],
  [
    4,
    code(
      'WLAN_REASON_DISASSOC_DUE_TO_INACTIVITY',
      'disconnected for inactivity',
      'the access point dropped a device it had not heard from for a while (power saving, weak signal)',
    ),
  ],
  [5, code('WLAN_REASON_DISASSOC_AP_BUSY', 'access point is full', 'the access point cannot handle all its connected devices')],
  [
    6,
    code(
      'WLAN_REASON_CLASS2_FRAME_FROM_NONAUTH_STA',
      'frame from an unauthenticated station',
      'the access point got data from a device it did not consider connected, e.g. after its own restart',
    ),
  ],
  [
    7,
    code(
      'WLAN_REASON_CLASS3_FRAME_FROM_NONASSOC_STA',
      'frame from an unassociated station',
      'the access point got data from a device it did not consider associated, e.g. after its own restart',
    ),
  ],
  [
    8,
    code(
      'WLAN_REASON_DISASSOC_STA_HAS_LEFT',
      'station has left the network',
      'a normal disconnect, often when roaming to another access point or going to sleep',
    ),
  ],
  [
    9,
    code(
      'WLAN_REASON_STA_REQ_ASSOC_WITHOUT_AUTH',
      'association without authentication',
      'the device asked to associate before authenticating; usually a driver or access point bug',
    ),
  ],
  [
    10,
    code(
      'WLAN_REASON_DISASSOC_BAD_POWER',
      'unacceptable transmit power',
      'the access point did not accept the power capability of the device (regulatory domain)',
    ),
  ],
  [
    11,
    code(
      'WLAN_REASON_DISASSOC_BAD_SUPP_CHAN',
      'unacceptable supported channels',
      'the access point did not accept the channels the device supports (regulatory domain)',
    ),
  ],
  [13, code('WLAN_REASON_INVALID_IE', 'invalid information element', 'a malformed frame; usually a driver or firmware incompatibility')],
  [
    14,
    code(
      'WLAN_REASON_MIC_FAILURE',
      'message integrity (MIC) failure',
      'encrypted frames failed their check: a wrong key, or an attack on old TKIP encryption',
    ),
  ],
  [15, code('WLAN_REASON_4WAY_HANDSHAKE_TIMEOUT', '4-way handshake timeout', 'usually a wrong password')],
  [
    16,
    code(
      'WLAN_REASON_GROUP_KEY_HANDSHAKE_TIMEOUT',
      'group key handshake timeout',
      'the device did not answer a routine key renewal: a weak signal, power saving, or a driver problem',
    ),
  ],
  [
    17,
    code(
      'WLAN_REASON_IE_DIFFERENT',
      'security settings differ',
      'the security settings in the handshake differ from the association; often a mixed WPA2/WPA3 setting',
    ),
  ],
  [
    18,
    code(
      'WLAN_REASON_INVALID_GROUP_CIPHER',
      'invalid group cipher',
      'the encryption settings of the device and the access point do not match',
    ),
  ],
  [
    19,
    code(
      'WLAN_REASON_INVALID_PAIRWISE_CIPHER',
      'invalid pairwise cipher',
      'the encryption settings of the device and the access point do not match (e.g. TKIP versus AES/CCMP)',
    ),
  ],
  [20, code('WLAN_REASON_INVALID_AKMP', 'invalid key management', 'the security type does not match (e.g. WPA3-SAE versus WPA2-PSK)')],
  [
    21,
    code(
      'WLAN_REASON_UNSUPP_RSN_VERSION',
      'unsupported security version',
      'the device and the access point do not share a security version',
    ),
  ],
  [
    22,
    code(
      'WLAN_REASON_INVALID_RSN_IE_CAP',
      'invalid security capabilities',
      'the security capabilities do not match, often protected management frames (PMF/802.11w)',
    ),
  ],
  [
    23,
    code(
      'WLAN_REASON_IEEE8021X_FAILED',
      '802.1X authentication failed',
      'the enterprise login (user name, password or certificate) was refused',
    ),
  ],
  [
    24,
    code(
      'WLAN_REASON_CIPHER_SUITE_REJECTED',
      'cipher suite rejected',
      'the access point refused the encryption type by its security policy',
    ),
  ],
  [
    25,
    code(
      'WLAN_REASON_TDLS_TEARDOWN_UNREACHABLE',
      'direct link peer unreachable',
      'a direct (TDLS) link to another device was torn down because it was out of reach',
    ),
  ],
  [26, code('WLAN_REASON_TDLS_TEARDOWN_UNSPECIFIED', 'direct link torn down', 'a direct (TDLS) link to another device was torn down')],
  [32, code('WLAN_REASON_DISASSOC_UNSPECIFIED_QOS', 'QoS reason', 'disconnected for a quality-of-service reason')],
  [33, code('WLAN_REASON_DISASSOC_QAP_NO_BANDWIDTH', 'not enough bandwidth', 'the access point lacks the bandwidth for this device')],
  [34, code('WLAN_REASON_DISASSOC_LOW_ACK', 'too many lost frames', 'too many frames went unacknowledged: poor signal or interference')],
  [35, code('WLAN_REASON_DISASSOC_QAP_EXCEED_TXOP', 'transmit opportunity exceeded', 'the device sent outside its allowed transmit time')],
  [36, code('WLAN_REASON_QSTA_LEAVE_QBSS', 'station is leaving', 'the device is leaving the network')],
  [37, code('WLAN_REASON_QSTA_NOT_USE', 'mechanism not used', 'the device does not use the requested QoS mechanism')],
  [38, code('WLAN_REASON_QSTA_REQUIRE_SETUP', 'setup required', 'the QoS mechanism needs setting up first')],
  [39, code('WLAN_REASON_QSTA_TIMEOUT', 'peer timeout', 'a QoS or block-ack session with the device timed out')],
  [45, code('WLAN_REASON_QSTA_CIPHER_NOT_SUPP', 'cipher not supported', 'the peer does not support the cipher')],
  [52, code('WLAN_REASON_MESH_PEER_CANCELED', 'mesh peering cancelled', 'a mesh link was cancelled')],
  [53, code('WLAN_REASON_MESH_MAX_PEERS', 'mesh peer limit reached', 'the mesh node has as many peers as it allows')],
  [54, code('WLAN_REASON_MESH_CONFIG', 'mesh configuration mismatch', 'the mesh settings of the two nodes differ')],
  [55, code('WLAN_REASON_MESH_CLOSE', 'mesh link closed', 'a mesh link was closed')],
  [56, code('WLAN_REASON_MESH_MAX_RETRIES', 'mesh retries exhausted', 'a mesh peer did not answer')],
  [57, code('WLAN_REASON_MESH_CONFIRM_TIMEOUT', 'mesh confirm timeout', 'a mesh peer did not confirm in time')],
  [58, code('WLAN_REASON_MESH_INVALID_GTK', 'mesh invalid group key', 'a mesh group key was invalid')],
  [59, code('WLAN_REASON_MESH_INCONSISTENT_PARAM', 'mesh inconsistent parameters', 'mesh parameters were inconsistent')],
  [60, code('WLAN_REASON_MESH_INVALID_SECURITY', 'mesh invalid security', 'mesh security settings were invalid')],
  [61, code('WLAN_REASON_MESH_PATH_ERROR', 'mesh path error', 'no mesh path to the destination')],
  [62, code('WLAN_REASON_MESH_PATH_NOFORWARD', 'mesh path not forwarded', 'a mesh node does not forward')],
  [63, code('WLAN_REASON_MESH_PATH_DEST_UNREACHABLE', 'mesh destination unreachable', 'a mesh destination is unreachable')],
  [64, code('WLAN_REASON_MAC_EXISTS_IN_MBSS', 'address already in the mesh', 'the MAC address already exists in the mesh')],
  [65, code('WLAN_REASON_MESH_CHAN_REGULATORY', 'mesh channel regulatory', 'a regulatory rule forced a mesh channel change')],
  [66, code('WLAN_REASON_MESH_CHAN', 'mesh channel switch', 'the mesh switched channel')],
])

/** IEEE80211_STATUSES maps a status code (refused authentication or association: status_code=N, status=N) to its name and meaning. */
export const IEEE80211_STATUSES: ReadonlyMap<number, Ieee80211Code> = new Map([
  [0, code('WLAN_STATUS_SUCCESS', 'success', 'the request was accepted')],
  [
    1,
    code(
      'WLAN_STATUS_UNSPECIFIED_FAILURE',
      'unspecified failure',
      'the access point refused without a particular reason; often it has blocked this device (MAC filter) or it is full',
    ),
  ],
  [10, code('WLAN_STATUS_CAPS_UNSUPPORTED', 'capabilities not supported', 'the access point does not support what the device asked for')],
  [
    11,
    code(
      'WLAN_STATUS_REASSOC_NO_ASSOC',
      'reassociation without association',
      'the access point did not know the earlier association (roaming)',
    ),
  ],
  [
    12,
    code(
      'WLAN_STATUS_ASSOC_DENIED_UNSPEC',
      'association denied',
      'the access point refused for a reason outside the standard, often a MAC filter or a band-steering rule',
    ),
  ],
  [
    13,
    code(
      'WLAN_STATUS_NOT_SUPPORTED_AUTH_ALG',
      'authentication algorithm not supported',
      'the security type does not match (e.g. WPA3-SAE, or old WEP shared key, versus open)',
    ),
  ],
  [14, code('WLAN_STATUS_UNKNOWN_AUTH_TRANSACTION', 'unexpected authentication step', 'an authentication frame came out of order')],
  [15, code('WLAN_STATUS_CHALLENGE_FAIL', 'challenge failure', 'the authentication challenge failed: a wrong key (WEP, SAE)')],
  [
    16,
    code(
      'WLAN_STATUS_AUTH_TIMEOUT',
      'authentication timeout',
      'the authentication took too long: usually a weak signal or a driver that does not finish in time',
    ),
  ],
  [17, code('WLAN_STATUS_AP_UNABLE_TO_HANDLE_NEW_STA', 'access point is full', 'the access point has as many devices as it allows')],
  [
    18,
    code(
      'WLAN_STATUS_ASSOC_DENIED_RATES',
      'data rates not supported',
      'the device does not support the basic rates the access point requires (e.g. 802.11b disabled)',
    ),
  ],
  [
    19,
    code(
      'WLAN_STATUS_ASSOC_DENIED_NOSHORTPREAMBLE',
      'short preamble not supported',
      'the device lacks short preamble support the access point requires',
    ),
  ],
  [20, code('WLAN_STATUS_ASSOC_DENIED_NOPBCC', 'PBCC not supported', 'the device lacks PBCC modulation the access point requires')],
  [
    21,
    code(
      'WLAN_STATUS_ASSOC_DENIED_NOAGILITY',
      'channel agility not supported',
      'the device lacks channel agility the access point requires',
    ),
  ],
  [
    22,
    code(
      'WLAN_STATUS_ASSOC_DENIED_NOSPECTRUM',
      'spectrum management required',
      'the access point requires spectrum management (DFS channels)',
    ),
  ],
  [
    23,
    code(
      'WLAN_STATUS_ASSOC_REJECTED_BAD_POWER',
      'unacceptable power capability',
      'the device transmit power is not acceptable (regulatory domain)',
    ),
  ],
  [
    24,
    code(
      'WLAN_STATUS_ASSOC_REJECTED_BAD_SUPP_CHAN',
      'unacceptable supported channels',
      'the channels the device supports are not acceptable (regulatory domain)',
    ),
  ],
  [
    25,
    code(
      'WLAN_STATUS_ASSOC_DENIED_NOSHORTTIME',
      'short slot time not supported',
      'the device lacks short slot time the access point requires',
    ),
  ],
  [26, code('WLAN_STATUS_ASSOC_DENIED_NODSSSOFDM', 'DSSS-OFDM not supported', 'the device lacks DSSS-OFDM the access point requires')],
  [
    30,
    code(
      'WLAN_STATUS_ASSOC_REJECTED_TEMPORARILY',
      'rejected temporarily, try again later',
      'protected management frames: the access point still holds an old connection of this device',
    ),
  ],
  [
    31,
    code(
      'WLAN_STATUS_ROBUST_MGMT_FRAME_POLICY_VIOLATION',
      'management frame protection policy violation',
      'protected management frames (PMF/802.11w) are required by one side and not supported by the other',
    ),
  ],
  [32, code('WLAN_STATUS_UNSPECIFIED_QOS', 'QoS failure', 'an unspecified quality-of-service failure')],
  [33, code('WLAN_STATUS_ASSOC_DENIED_NOBANDWIDTH', 'not enough bandwidth', 'the access point lacks the bandwidth for this device')],
  [34, code('WLAN_STATUS_ASSOC_DENIED_LOWACK', 'poor channel conditions', 'too many lost frames: poor signal or interference')],
  [35, code('WLAN_STATUS_ASSOC_DENIED_UNSUPP_QOS', 'QoS not supported', 'the device does not support QoS (WMM) the access point requires')],
  [37, code('WLAN_STATUS_REQUEST_DECLINED', 'request declined', 'the access point declined the request')],
  [38, code('WLAN_STATUS_INVALID_QOS_PARAM', 'invalid QoS parameters', 'the request had invalid QoS parameters')],
  [
    39,
    code(
      'WLAN_STATUS_CHANGE_TSPEC',
      'rejected with suggested changes',
      'the request was refused; the access point suggests other parameters',
    ),
  ],
  [40, code('WLAN_STATUS_INVALID_IE', 'invalid information element', 'a malformed security element; a driver or firmware incompatibility')],
  [41, code('WLAN_STATUS_INVALID_GROUP_CIPHER', 'invalid group cipher', 'the encryption settings do not match')],
  [
    42,
    code(
      'WLAN_STATUS_INVALID_PAIRWISE_CIPHER',
      'invalid pairwise cipher',
      'the encryption settings do not match (e.g. TKIP versus AES/CCMP)',
    ),
  ],
  [43, code('WLAN_STATUS_INVALID_AKMP', 'invalid key management', 'the security type does not match (e.g. WPA3-SAE versus WPA2-PSK)')],
  [
    44,
    code(
      'WLAN_STATUS_UNSUPP_RSN_VERSION',
      'unsupported security version',
      'the device and the access point do not share a security version',
    ),
  ],
  [
    45,
    code(
      'WLAN_STATUS_INVALID_RSN_IE_CAP',
      'invalid security capabilities',
      'the security capabilities do not match, often protected management frames',
    ),
  ],
  [
    46,
    code(
      'WLAN_STATUS_CIPHER_SUITE_REJECTED',
      'cipher suite rejected',
      'the access point refused the encryption type by its security policy',
    ),
  ],
  [47, code('WLAN_STATUS_WAIT_TS_DELAY', 'try again after a delay', 'the request was refused for now')],
  [48, code('WLAN_STATUS_NO_DIRECT_LINK', 'direct link not allowed', 'direct links are not allowed in this network')],
  [49, code('WLAN_STATUS_STA_NOT_PRESENT', 'station not present', 'the destination device is not in the network')],
  [50, code('WLAN_STATUS_STA_NOT_QSTA', 'station without QoS', 'the destination device does not support QoS')],
  [
    76,
    code(
      'WLAN_STATUS_ANTI_CLOG_REQUIRED',
      'anti-clogging token required',
      'WPA3-SAE: the access point is busy and asks the device to repeat with a token; normal unless it repeats forever',
    ),
  ],
  [
    77,
    code(
      'WLAN_STATUS_FINITE_CYCLIC_GROUP_NOT_SUPPORTED',
      'SAE group not supported',
      'WPA3-SAE: the device and the access point share no group',
    ),
  ],
  [78, code('WLAN_STATUS_STA_NO_TBTT', 'no beacon timing', 'the device has no beacon timing information')],
  [83, code('WLAN_STATUS_REJECT_WITH_SCHEDULE', 'rejected with a schedule', 'the request was refused with a suggested schedule')],
  [86, code('WLAN_STATUS_PENDING_ADMITTING_FST_SESSION', 'band switch pending', 'a session transfer between bands is pending')],
  [87, code('WLAN_STATUS_PERFORMING_FST_NOW', 'band switch in progress', 'a session transfer between bands is in progress')],
  [88, code('WLAN_STATUS_PENDING_GAP_IN_BA_WINDOW', 'block-ack gap pending', 'a block-ack window gap is pending')],
  [89, code('WLAN_STATUS_REJECT_U_PID_SETTING', 'U-PID setting rejected', 'the U-PID setting was refused')],
  [96, code('WLAN_STATUS_REJECT_DSE_BAND', 'DSE band rejected', 'the dependent station band was refused')],
  [
    99,
    code(
      'WLAN_STATUS_DENIED_WITH_SUGGESTED_BAND_AND_CHANNEL',
      'denied, other band suggested',
      'the access point refused and suggests another band or channel (band steering)',
    ),
  ],
  [103, code('WLAN_STATUS_DENIED_DUE_TO_SPECTRUM_MANAGEMENT', 'denied by spectrum management', 'refused by spectrum management (DFS)')],
  [108, code('WLAN_STATUS_FILS_AUTHENTICATION_FAILURE', 'FILS authentication failure', 'fast initial link setup authentication failed')],
  [109, code('WLAN_STATUS_UNKNOWN_AUTHENTICATION_SERVER', 'unknown authentication server', 'the authentication server is unknown')],
  [126, code('WLAN_STATUS_SAE_HASH_TO_ELEMENT', 'SAE hash-to-element', 'WPA3-SAE with hash-to-element; a normal step, not a failure')],
  [127, code('WLAN_STATUS_SAE_PK', 'SAE public key', 'WPA3-SAE with a public key; a normal step, not a failure')],
  [133, code('WLAN_STATUS_DENIED_TID_TO_LINK_MAPPING', 'TID-to-link mapping denied', 'Wi-Fi 7 multi-link: the mapping was refused')],
  [
    134,
    code(
      'WLAN_STATUS_PREF_TID_TO_LINK_MAPPING_SUGGESTED',
      'other TID-to-link mapping suggested',
      'Wi-Fi 7 multi-link: another mapping is suggested',
    ),
  ],
])

function describe(table: ReadonlyMap<number, Ieee80211Code>, value: string, none: string): string {
  const text = value.trim()
  if (!/^\d{1,5}$/.test(text)) return value
  const number = Number(text)
  const known = table.get(number)
  if (known) return `${number} (${known.name}: ${known.meaning})`
  return number === 0 ? `0 (${none})` : `${number} (not a code the standard names)`
}

/** describeReasonCode is a reason code with its name and meaning: `15 (4-way handshake timeout: usually a wrong password)`. */
export function describeReasonCode(value: string): string {
  return describe(
    IEEE80211_REASONS,
    value,
    'no reason code: the driver or wpa_supplicant gave none, often a local disconnect or lost signal',
  )
}

/** describeStatusCode is a status code with its name and meaning: `17 (access point is full: …)`. */
export function describeStatusCode(value: string): string {
  return describe(IEEE80211_STATUSES, value, 'success')
}
