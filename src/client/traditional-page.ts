// Shows the page in Traditional characters (the 简/繁 switch, ScriptSwitch.astro): the text
// nodes and the attributes people read or hear, and whatever the page's scripts add or change
// later (search results, quiz feedback, status messages). Loaded only when Traditional is chosen.
import { toTraditional } from './traditional';

// Not text a reader sees; translate="no" marks text that must stay as written.
const SKIPPED = 'script, style, textarea, noscript, template, [translate="no"]';
const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];

/** A value we replaced, and what we replaced it with: restored only if it is still ours. */
interface Change {
  original: string;
  converted: string;
}
const texts = new WeakMap<Text, Change>();
const attributes = new WeakMap<Element, Map<string, Change>>();
let observer: MutationObserver | undefined;

function skipped(node: Node): boolean {
  const parent = node instanceof Element ? node : node.parentElement;
  return !parent || parent.closest(SKIPPED) !== null;
}

function convertText(node: Text) {
  // Already ours: added and then changed in one batch of records.
  if (texts.get(node)?.converted === node.data) return;
  const original = node.data;
  const converted = toTraditional(original);
  if (converted === original) {
    texts.delete(node);
    return;
  }
  texts.set(node, { original, converted });
  node.data = converted;
}

function convertAttribute(element: Element, name: string) {
  const original = element.getAttribute(name);
  const changes = attributes.get(element) ?? new Map<string, Change>();
  if (original !== null && changes.get(name)?.converted === original) return;
  const converted = original === null ? null : toTraditional(original);
  if (original === null || converted === null || converted === original) {
    changes.delete(name);
    return;
  }
  changes.set(name, { original, converted });
  attributes.set(element, changes);
  element.setAttribute(name, converted);
}

/** Every text node and attribute under `root`, skipping what SKIPPED names. */
function* walk(root: Node): Generator<Text | Element> {
  if (skipped(root)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text || node instanceof Element) yield node;
  }
}

function convertTree(root: Node) {
  for (const node of walk(root)) {
    if (node instanceof Text) convertText(node);
    else for (const name of ATTRIBUTES) if (node.hasAttribute(name)) convertAttribute(node, name);
  }
}

/** Converts the page, then everything that changes in it, until restorePage. */
export function convertPage(): void {
  if (observer) return;
  const root = document.documentElement;
  convertTree(root);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (skipped(record.target)) continue;
      if (record.type === 'characterData') convertText(record.target as Text);
      else if (record.type === 'attributes') convertAttribute(record.target as Element, record.attributeName!);
      else for (const node of record.addedNodes) convertTree(node);
    }
    // The records of our own changes: nothing else runs while this callback does.
    observer?.takeRecords();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  });
}

/** Puts back the Simplified text of everything convertPage changed and the page has not since. */
export function restorePage(): void {
  observer?.disconnect();
  observer = undefined;
  for (const node of walk(document.documentElement)) {
    if (node instanceof Text) {
      const change = texts.get(node);
      if (change && node.data === change.converted) node.data = change.original;
      texts.delete(node);
    } else {
      for (const [name, change] of attributes.get(node) ?? []) {
        if (node.getAttribute(name) === change.converted) node.setAttribute(name, change.original);
      }
      attributes.delete(node);
    }
  }
}
