// Validates Kubernetes objects against Kubernetes' own JSON schemas (kubernetes-models) and KEDA's
// (@kubernetes-models/keda). Input: a file with a JSON array of objects (rendered manifests). Output on stdout: a JSON
// report {validated: [...], noSchema: [...], errors: [...]}; exit code 1 when any object is invalid.
//
// The schemas accept unknown fields (Kubernetes' OpenAPI has no additionalProperties: false), but the API server
// drops or refuses them, so a misspelt field would pass unnoticed. The validators read every field their schema
// knows; every object they inspect is watched, and a field of an inspected object that the validator never read is
// reported as unknown. Free-form objects (maps, preserve-unknown-fields) are iterated or not inspected at all, so
// they are never reported.
import { readFileSync } from "node:fs";

const SCHEMA_PACKAGES = { "keda.sh": "@kubernetes-models/keda", "eventing.keda.sh": "@kubernetes-models/keda" };

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const pkg = SCHEMA_PACKAGES[group] ?? (group.includes(".") && !group.endsWith(".k8s.io") ? null : "kubernetes-models");
  if (!pkg) return null;
  const path = `${pkg}/${group ? group + "/" : ""}${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch (e) {
    if (e.code === "ERR_MODULE_NOT_FOUND" || e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") return null;
    throw e;
  }
}

/** Wraps value so that every object the validator inspects records which of its fields were read. */
function watch(value, path, inspected) {
  if (value === null || typeof value !== "object") return value;
  const record = { path, value, read: new Set(), touched: false };
  if (!Array.isArray(value)) inspected.push(record);
  const children = new Map();
  return new Proxy(value, {
    get(target, key) {
      if (typeof key !== "string") return target[key];
      record.touched = true;
      record.read.add(key);
      if (!Object.hasOwn(target, key)) return target[key];
      if (!children.has(key)) children.set(key, watch(target[key], `${path}/${key}`, inspected));
      return children.get(key);
    },
    has(target, key) {
      record.touched = true;
      record.read.add(key);
      return key in target;
    },
    ownKeys(target) {
      // iterated as a map: every key is legitimate
      record.touched = true;
      for (const key of Reflect.ownKeys(target)) record.read.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

export async function validate(objects) {
  const report = { validated: [], noSchema: [], errors: [] };
  for (const object of objects) {
    const name = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
    const Model = await modelFor(object.apiVersion, object.kind);
    if (!Model) {
      report.noSchema.push(name);
      continue;
    }
    const inspected = [];
    try {
      Model.prototype.validate.call(watch(object, "", inspected));
    } catch (e) {
      report.errors.push(`${name}: ${e.message}`);
      continue;
    }
    const unknown = inspected
      .filter((r) => r.touched)
      .flatMap((r) => Object.keys(r.value).filter((k) => !r.read.has(k)).map((k) => `${r.path}/${k}`));
    if (unknown.length > 0) report.errors.push(`${name}: unknown field(s) ${unknown.join(", ")}`);
    else report.validated.push(name);
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await validate(JSON.parse(readFileSync(process.argv[2], "utf8")));
  console.log(JSON.stringify(report, null, 1));
  process.exit(report.errors.length > 0 ? 1 : 0);
}
