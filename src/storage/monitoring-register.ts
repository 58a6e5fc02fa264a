/**
 * The monitoring register (9.1) of a project in app storage, checked with zod when read back and
 * before it is written. Changed only through the overview's register functions, which check for
 * an AIMS manager first (src/resolvers/overview-resolver.ts).
 */
import type { MonitoringRegister } from '../domain/overview';
import { EMPTY_REGISTER, monitoringRegisterSchema } from '../domain/overview';
import { monitoringRegisterKey } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

export async function loadMonitoringRegister(projectKey: string): Promise<MonitoringRegister> {
  return (
    (await readStored(monitoringRegisterKey(projectKey), monitoringRegisterSchema)) ??
    EMPTY_REGISTER
  );
}

/** Reads the register, applies `change` and writes the result (what `change` throws, nothing is written). */
export async function changeMonitoringRegister(
  projectKey: string,
  change: (register: MonitoringRegister) => MonitoringRegister,
): Promise<MonitoringRegister> {
  const next = change(await loadMonitoringRegister(projectKey));
  return writeStored(monitoringRegisterKey(projectKey), monitoringRegisterSchema, next);
}
