import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';

/** Input a person typed and has not saved yet: what it is, and how to save it. */
export interface UnsavedEdit {
  /** What it is, in words ("b) Changes in external and internal issues"). */
  label: string;
  save: () => Promise<void>;
}

interface UnsavedRegistry {
  set(id: string, edit: UnsavedEdit | undefined): void;
  edits: readonly UnsavedEdit[];
}

const UnsavedEditsContext = createContext<UnsavedRegistry | undefined>(undefined);

/**
 * Holds the unsaved input of a macro's editors, so that a freeze or an approval (which reloads
 * the macro, and records only what is saved) can warn about it and offer to save it first.
 */
export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const byId = useRef(new Map<string, UnsavedEdit>());
  const [edits, setEdits] = useState<readonly UnsavedEdit[]>([]);
  // `set` never changes, so an editor's report runs only when its own input changes.
  const set = useCallback((id: string, edit: UnsavedEdit | undefined) => {
    if (edit) byId.current.set(id, edit);
    else byId.current.delete(id);
    setEdits([...byId.current.values()]);
  }, []);
  const registry = useMemo<UnsavedRegistry>(() => ({ set, edits }), [set, edits]);
  return <UnsavedEditsContext.Provider value={registry}>{children}</UnsavedEditsContext.Provider>;
}

/**
 * An editor says whether it holds unsaved input (`dirty`) and how to save it. Outside a provider
 * it does nothing.
 */
export function useReportUnsaved(
  id: string,
  dirty: boolean,
  label: string,
  save: () => Promise<void>,
): void {
  const registry = useContext(UnsavedEditsContext);
  const saveRef = useRef(save);
  saveRef.current = save;
  const set = registry?.set;
  useEffect(() => {
    if (!set) return undefined;
    set(id, dirty ? { label, save: () => saveRef.current() } : undefined);
    return () => set(id, undefined);
  }, [set, id, dirty, label]);
}

/** The unsaved input of the macro now (empty outside a provider). */
export function useUnsavedEdits(): readonly UnsavedEdit[] {
  return useContext(UnsavedEditsContext)?.edits ?? [];
}
