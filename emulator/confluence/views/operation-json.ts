/** One permitted operation on a page (`Operation` of `PermittedOperationsResponse`). */
export function operationJson(operation: string): { operation: string; targetType: 'page' } {
  return { operation, targetType: 'page' };
}
