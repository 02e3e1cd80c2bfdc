// Checks bound SupportBot cards against the official Adaptive Cards JavaScript libraries.
// Usage: node check.mjs <dir>. <dir>/cards and <dir>/binding hold, per case, <name>.template.json,
// <name>.data.json and <name>.ours.json (our C# binder's output). Cards are also parsed by the renderer;
// binding cases are only compared with the official templating engine. Prints one JSON report on stdout.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";

const require = createRequire(import.meta.url);
// The package's lib/ is extension-less ESM meant for bundlers; its dist/ UMD bundle loads in Node and parses without a DOM.
const AC = require("adaptivecards/dist/adaptivecards.js");
const ACData = require("adaptivecards-templating");

const teamsElements = new Set([
  "TextBlock", "RichTextBlock", "TextRun", "Image", "ImageSet", "Container", "ColumnSet", "Column",
  "FactSet", "ActionSet", "Table", "TableRow", "TableCell",
  "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
]);
const teamsActions = new Set(["Action.Submit", "Action.Execute", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"]);
// Root properties Teams reads that the strict 1.5 schema and the renderer do not know.
const allowedHostProperties = new Set(["msteams"]);

function parseWithRenderer(card) {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  const parseEvents = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    parseEvents.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  const validationEvents = adaptiveCard.validateProperties().validationEvents
    .map(event => `${AC.ValidationEvent[event.event]}: ${event.message}`);
  const roundTrip = adaptiveCard.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  return { parseEvents, validationEvents, roundTrip };
}

// Properties the renderer silently ignored (misspelt or unknown in 1.5): present in the card, absent after a round trip.
function droppedProperties(original, roundTrip, path, found) {
  if (Array.isArray(original)) {
    original.forEach((item, index) => droppedProperties(item, Array.isArray(roundTrip) ? roundTrip[index] : undefined, `${path}[${index}]`, found));
  } else if (original !== null && typeof original === "object") {
    for (const key of Object.keys(original)) {
      if (path === "$" && allowedHostProperties.has(key)) {
        continue;
      }
      const kept = roundTrip !== null && typeof roundTrip === "object" ? roundTrip[key] : undefined;
      if (kept === undefined && !isEmptyArray(original[key])) {
        found.push(`${path}.${key}`);
      } else {
        droppedProperties(original[key], kept, `${path}.${key}`, found);
      }
    }
  }
  return found;
}

function isEmptyArray(value) {
  return Array.isArray(value) && value.length === 0;
}

function teamsProblems(card) {
  const problems = [];
  if (!["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"].includes(card.version)) {
    problems.push(`version ${card.version} is above 1.5`);
  }
  if (card.msteams?.width !== "Full") {
    problems.push("the root has no msteams.width Full");
  }
  walk(card, "$", (node, path) => {
    if (typeof node.type === "string" && node.type !== "AdaptiveCard" && node.type !== "Fact") {
      const known = node.type.startsWith("Action.") ? teamsActions : teamsElements;
      if (!known.has(node.type)) {
        problems.push(`${path}: ${node.type} is not rendered by Teams`);
      }
    }
    if (typeof node.type === "string" && node.type.startsWith("Action.") && ["positive", "destructive"].includes(node.style)) {
      problems.push(`${path}: Teams ignores action style ${node.style}`);
    }
  });
  return problems;
}

function walk(node, path, visit) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  } else if (node !== null && typeof node === "object") {
    visit(node, path);
    for (const [key, value] of Object.entries(node)) {
      walk(value, `${path}.${key}`, visit);
    }
  }
}

function unboundText(card) {
  const found = [];
  (function scan(node, path) {
    if (typeof node === "string" && node.includes("${")) {
      found.push(`${path}: ${node}`);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => scan(item, `${path}[${index}]`));
    } else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        scan(value, `${path}.${key}`);
      }
    }
  })(card, "$");
  return found;
}

function differences(expected, actual, path, found) {
  if (isDeepStrictEqual(expected, actual)) {
    return found;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    expected.forEach((item, index) => differences(item, actual[index], `${path}[${index}]`, found));
  } else if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      differences(expected[key], actual[key], `${path}.${key}`, found);
    }
  } else {
    found.push(`${path}: official ${JSON.stringify(expected)}, ours ${JSON.stringify(actual)}`);
  }
  return found;
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function readCase(dir, name) {
  const read = suffix => JSON.parse(readFileSync(join(dir, `${name}.${suffix}.json`), "utf8"));
  return { template: read("template"), data: read("data"), ours: read("ours") };
}

function bindOfficially(template, data) {
  return new ACData.Template(template).expand({ $root: data });
}

function checkCard(dir, name) {
  const { template, data, ours } = readCase(dir, name);
  const bound = bindOfficially(template, data);
  const { parseEvents, validationEvents, roundTrip } = parseWithRenderer(ours);
  return {
    name,
    parseEvents,
    validationEvents,
    droppedProperties: droppedProperties(ours, roundTrip, "$", []),
    teamsProblems: teamsProblems(ours),
    unboundInOfficial: unboundText(bound),
    differencesFromOfficial: differences(bound, ours, "$", []),
  };
}

function checkBinding(dir, name) {
  const { template, data, ours } = readCase(dir, name);
  try {
    return { name, differencesFromOfficial: differences(bindOfficially(template, data), ours, "$", []) };
  } catch (error) {
    return { name, officialError: String(error.message ?? error), differencesFromOfficial: [] };
  }
}

function namesIn(dir) {
  return readdirSync(dir)
    .filter(file => file.endsWith(".template.json"))
    .map(file => file.slice(0, -".template.json".length))
    .sort();
}

const dir = process.argv[2];
const cardsDir = join(dir, "cards");
const bindingDir = join(dir, "binding");
process.stdout.write(JSON.stringify({
  cards: namesIn(cardsDir).map(name => checkCard(cardsDir, name)),
  binding: namesIn(bindingDir).map(name => checkBinding(bindingDir, name)),
}, null, 2));
