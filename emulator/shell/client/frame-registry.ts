/** Frames created on this page, by the frameId the Forge host gave them. */
export interface RegisteredFrame {
  frameId: string;
  iframe: HTMLIFrameElement;
  container: HTMLElement;
  /** Called when the frame's app calls view.submit(payload). */
  onSubmit?: (payload: unknown) => void;
  onClose?: () => void;
}

const frames = new Map<string, RegisteredFrame>();

export function registerFrame(frame: RegisteredFrame): void {
  frames.set(frame.frameId, frame);
}

export function unregisterFrame(frameId: string): void {
  frames.delete(frameId);
}

export function frameById(frameId: string): RegisteredFrame | undefined {
  return frames.get(frameId);
}

export function frameByWindow(source: MessageEventSource | null): RegisteredFrame | undefined {
  for (const frame of frames.values()) if (frame.iframe.contentWindow === source) return frame;
  return undefined;
}

export function forEachFrame(fn: (iframe: HTMLIFrameElement) => void): void {
  for (const frame of frames.values()) fn(frame.iframe);
}
