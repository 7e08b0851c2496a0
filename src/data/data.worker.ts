/// <reference lib="webworker" />
/**
 * The one worker that holds the validator: it checks the plan layers at start-up and the
 * files users import. One worker script means the validator (and zod) ships once.
 *
 * The handler is set before anything else loads: a message that arrived while the worker's
 * modules were still loading (the messages wait for their language, i18n.ts) would be lost.
 * Each task's code is fetched when a request first needs it.
 */

import type { ImportRequest } from './import/import-protocol.ts';
import type { PlanValidationRequest } from './plan-data.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<PlanValidationRequest | ImportRequest>) => {
  const request = e.data;
  try {
    if (request.kind === 'plan') {
      const { validatePlanTexts } = await import('./plan-validation.ts');
      self.postMessage(validatePlanTexts(request.texts, request.changed));
    } else {
      const { runImport } = await import('./import/import-task.ts');
      await runImport(request.file, (m) => self.postMessage(m), request.zoneEpsg, request.shapefile);
    }
  } catch (err) {
    self.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
