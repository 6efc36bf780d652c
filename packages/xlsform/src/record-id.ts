import { v5 } from "uuid";

/** The namespace of record ids made from instance ids (UUID v5): fixed, so an instance id always gives the same record id. */
export const RECORD_ID_NAMESPACE = "9cf5da5d-3ac4-40a2-907d-6448a8c6792f";

/** An instance id as Kobo and ODK both mean it: without the `uuid:` prefix, lower-case. */
export function normaliseInstanceId(instanceId: string): string {
  return instanceId
    .trim()
    .replace(/^uuid:/i, "")
    .toLowerCase();
}

/**
 * The record id of a submission: a UUID v5 of its instance id under `RECORD_ID_NAMESPACE`, so the
 * same submission imported again — from Kobo, ODK Central or its XML — updates its record.
 *
 * @example
 * import { recordIdOf } from "@redumbrella/xlsform";
 *
 * recordIdOf("uuid:0b3e6a1c-…") === recordIdOf("0b3e6a1c-…"); // true
 */
export function recordIdOf(instanceId: string): string {
  return v5(normaliseInstanceId(instanceId), RECORD_ID_NAMESPACE);
}
