import type { Session } from 'electron';

/**
 * The app asks for no permission (camera, notifications, clipboard reads, HID, ...): every request is refused and
 * every check answers no, so that a page cannot even learn that a permission could be had; devices likewise.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
