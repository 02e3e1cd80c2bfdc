#!/usr/bin/env node
// Validates a SupportBot Teams app package offline and prints one JSON result on stdout.
//
//   node validate.mjs <package.zip | folder>
//
// - manifest.json is checked with AppManifestUtils.validateAgainstSchema from @microsoft/app-manifest,
//   against the schema its "$schema" names. Only schemas bundled in that package are accepted, so the
//   check never goes to the network (an unbundled "$schema" is reported as an error).
// - every localization file named in localizationInfo is present and valid against its own "$schema",
//   which must be the bundled Localization schema of the manifest's version. Those schemas (v1.x up to
//   v1.30 in app-manifest 1.1.2) hold a pattern that is not a valid *unicode* regular expression
//   ("...\\b]\\.description$"), so validateAgainstSchema throws on them; they are compiled here with the
//   same draft-04 Ajv and formats the package uses, but with unicodeRegExp off.
// - every file the manifest names is at the package root; the icons are PNGs of the right size
//   (color 192x192, outline 32x32) and the outline icon is white on transparent.
//
// Exit code: 0 valid, 1 invalid, 2 could not run (bad arguments, unreadable input).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const ICON_SIZES = { color: 192, outline: 32 };

function readZip(buffer) {
  // End of central directory: the last "PK\x05\x06" record (its comment may follow it).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new Error("not a zip file (no end of central directory)");
  }
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error("corrupt zip central directory");
    }
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) {
      files.set(name, null);
      continue;
    }
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const localExtraLength = buffer.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const data = buffer.subarray(start, start + compressedSize);
    if (method === 0) {
      files.set(name, Buffer.from(data));
    } else if (method === 8) {
      files.set(name, zlib.inflateRawSync(data));
    } else {
      throw new Error(`zip entry ${name} uses unsupported compression method ${method}`);
    }
  }
  return files;
}

function readFolder(folder) {
  const files = new Map();
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile()) {
      files.set(entry.name, fs.readFileSync(path.join(folder, entry.name)));
    }
  }
  return files;
}

function parseJson(buffer, name) {
  const text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${name} is not valid JSON: ${e.message}`);
  }
}

/** The bundled schema file for a "$schema" URL, mirroring the package's own URL mapping, or null. */
function bundledSchemaFile(schemaUrl) {
  if (typeof schemaUrl !== "string") {
    return null;
  }
  let url;
  try {
    url = new URL(schemaUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.hostname !== "developer.microsoft.com") {
    return null;
  }
  const match = url.pathname.match(/^(?:\/[a-z]{2}(?:-[a-z]{2})?)?(\/json-schemas\/teams\/.+)$/i);
  if (!match) {
    return null;
  }
  const file = path.join(packageRoot, "build", match[1]);
  return fs.existsSync(file) ? file : null;
}

async function validateJson(document, name, errors) {
  const schemaFile = bundledSchemaFile(document.$schema);
  if (!schemaFile) {
    errors.push(`${name}: $schema ${JSON.stringify(document.$schema)} is not a Teams schema bundled in @microsoft/app-manifest (refusing to fetch it)`);
    return [];
  }
  const schemaErrors = schemaFile.endsWith(".Localization.schema.json")
    ? validateLocalization(document, schemaFile)
    : await AppManifestUtils.validateAgainstSchema(document);
  for (const message of schemaErrors) {
    errors.push(`${name}: schema: ${message.trim()}`);
  }
  return schemaErrors;
}

function validateLocalization(document, schemaFile) {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats.default(ajv, ["uri", "email", "regex"]);
  const validateFn = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  if (validateFn(document)) {
    return [];
  }
  return validateFn.errors.map((e) => `${e.instancePath} ${e.message ?? ""}. Details: ${JSON.stringify(e.params ?? {})}`);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads a PNG's header and, for 8-bit non-interlaced images, its pixels as RGBA rows. */
function readPng(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(signature) || buffer.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  const header = {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24],
    colorType: buffer[25],
    interlace: buffer[28],
  };
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colorType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || !channels) {
    return { header, pixels: null };
  }
  const idat = [];
  for (let offset = 8; offset + 8 <= buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("latin1", offset + 4, offset + 8);
    if (type === "IDAT") {
      idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      const add = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      line[i] = (line[i] + add) & 0xff;
    }
    const row = [];
    for (let x = 0; x < header.width; x++) {
      const p = line.subarray(x * channels, (x + 1) * channels);
      row.push(channels === 4 ? [p[0], p[1], p[2], p[3]]
        : channels === 3 ? [p[0], p[1], p[2], 255]
        : channels === 2 ? [p[0], p[0], p[0], p[1]]
        : [p[0], p[0], p[0], 255]);
    }
    pixels.push(row);
    previous = line;
  }
  return { header, pixels };
}

function checkIcon(kind, name, files, errors) {
  const result = { file: name ?? null };
  if (!name) {
    errors.push(`icons.${kind} is not set`);
    return result;
  }
  const data = files.get(name);
  if (!data) {
    errors.push(`icons.${kind}: ${name} is not at the package root`);
    return result;
  }
  let png;
  try {
    png = readPng(data);
  } catch (e) {
    errors.push(`icons.${kind}: ${name}: ${e.message}`);
    return result;
  }
  Object.assign(result, { width: png.header.width, height: png.header.height });
  const size = ICON_SIZES[kind];
  if (png.header.width !== size || png.header.height !== size) {
    errors.push(`icons.${kind}: ${name} is ${png.header.width}x${png.header.height}, expected ${size}x${size}`);
  }
  if (kind === "outline") {
    if (!png.pixels) {
      errors.push(`icons.outline: ${name} is not an 8-bit non-interlaced PNG, so its colours were not checked`);
      return result;
    }
    let transparent = 0;
    let notWhite = 0;
    for (const row of png.pixels) {
      for (const [r, g, b, a] of row) {
        if (a === 0) {
          transparent++;
        } else if (r !== 255 || g !== 255 || b !== 255) {
          notWhite++;
        }
      }
    }
    Object.assign(result, { transparentPixels: transparent, nonWhitePixels: notWhite });
    if (transparent === 0) {
      errors.push(`icons.outline: ${name} has no transparent pixels; it must be white on a transparent background`);
    }
    if (notWhite > 0) {
      errors.push(`icons.outline: ${name} has ${notWhite} visible pixels that are not white`);
    }
  }
  return result;
}

async function validate(input) {
  const errors = [];
  const files = fs.statSync(input).isDirectory() ? readFolder(input) : readZip(fs.readFileSync(input));
  const result = { source: path.resolve(input), valid: false, files: [...files.keys()].sort(), errors };

  for (const name of files.keys()) {
    if (name.includes("/")) {
      errors.push(`${name}: Teams expects every file at the package root, not in a folder`);
    }
  }
  const manifestData = files.get("manifest.json");
  if (!manifestData) {
    errors.push("manifest.json is not at the package root");
    return result;
  }
  const manifest = parseJson(manifestData, "manifest.json");
  result.schema = manifest.$schema ?? null;
  result.manifestVersion = manifest.manifestVersion ?? null;
  result.schemaErrors = await validateJson(manifest, "manifest.json", errors);

  result.localization = [];
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const entry = { languageTag: language.languageTag, file: language.file, schemaErrors: [] };
    result.localization.push(entry);
    const data = files.get(language.file);
    if (!data) {
      errors.push(`localizationInfo: ${language.file} is not at the package root`);
      continue;
    }
    const localized = parseJson(data, language.file);
    entry.schemaErrors = await validateJson(localized, language.file, errors);
    const expected = (manifest.$schema ?? "").replace(/MicrosoftTeams\.schema\.json$/, "MicrosoftTeams.Localization.schema.json");
    if (localized.$schema !== expected) {
      errors.push(`${language.file}: $schema should be ${expected} to match the manifest`);
    }
    const commandCount = (manifest.bots ?? []).flatMap((b, i) => (b.commandLists ?? []).flatMap((l, j) => l.commands.map((_, k) => `bots[${i}].commandLists[${j}].commands[${k}].title`)));
    entry.missingCommandTitles = commandCount.filter((key) => !(key in localized));
    entry.commandTitles = commandCount.filter((key) => key in localized).map((key) => localized[key]);
  }

  const bot = (manifest.bots ?? [])[0];
  result.botId = bot?.botId ?? null;
  result.scopes = bot?.scopes ?? [];
  result.commandLists = (bot?.commandLists ?? []).map((list) => ({ scopes: list.scopes, titles: list.commands.map((c) => c.title) }));
  result.validDomains = manifest.validDomains ?? [];
  result.icons = {
    color: checkIcon("color", manifest.icons?.color, files, errors),
    outline: checkIcon("outline", manifest.icons?.outline, files, errors),
  };
  result.valid = errors.length === 0;
  return result;
}

const input = process.argv[2];
if (!input || process.argv.length > 3) {
  console.error("usage: node validate.mjs <package.zip | folder>");
  process.exit(2);
}
if (!fs.existsSync(input)) {
  console.error(`validate.mjs: ${input} does not exist`);
  process.exit(2);
}
try {
  const result = await validate(input);
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.valid ? 0 : 1);
} catch (e) {
  console.error(`validate.mjs: ${e.message}`);
  process.exit(2);
}
