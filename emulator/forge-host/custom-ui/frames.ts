import crypto from 'node:crypto';

/** A registered Custom UI frame: which module it shows, in which extension context, for whom. */
export interface Frame {
  frameId: string;
  moduleKey: string;
  resourceKey: string;
  extension: Record<string, unknown>;
  localId: string;
  accountId: string;
  createdAt: number;
}

const MAX_FRAMES = 5000;

/** Frames live in memory (a restart makes the shell register them again). */
export class FrameRegistry {
  private readonly frames = new Map<string, Frame>();

  register(frame: Omit<Frame, 'frameId' | 'createdAt'>): Frame {
    if (this.frames.size >= MAX_FRAMES) {
      const oldest = this.frames.keys().next().value;
      if (oldest !== undefined) this.frames.delete(oldest);
    }
    const frameId = crypto.randomBytes(16).toString('base64url');
    const full: Frame = { ...frame, frameId, createdAt: Date.now() };
    this.frames.set(frameId, full);
    return full;
  }

  get(frameId: string): Frame | undefined {
    return this.frames.get(frameId);
  }
}
