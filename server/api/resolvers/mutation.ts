// Mutations: ingest a text (or only show what the extractor reads in it) and delete a document. Who may call
// them is decided before execution (plugins/use-mutation-auth.ts); the writing itself is the graph layer's
// (server/graph/ingest.ts), one transaction per document.
import { extract } from '../../extract/index.ts';
import type { Extraction } from '../../extract/models.ts';
import { deleteDocument, ingestDocument, normalizeText } from '../../graph/ingest.ts';
import { findIdentity, identityName, typedIdentity, withIdentity, type DocumentIdentity, type IdentifiedExtraction } from '../../graph/doc-identity.ts';
import { cleanTitle } from '../../graph/doc-title.ts';
import { detectGarbled } from '../../text/garbled.ts';
import { DocumentReadError, readDocumentBytes, SUPPORTED_EXTENSIONS } from '../../graph/documents.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { badInput, notFound } from '../errors.ts';
import { checkText } from './query.ts';

/** The most text one ingestText takes (UTF-16 code units); the HTTP body limit is a little above it. */
export const MAX_INGEST_CHARS = 2_000_000;

/** The largest file convertFile reads (bytes); the HTTP body limit (security.ts) is a little above it. */
export const MAX_UPLOAD_BYTES = 7 * 1024 * 1024;

/** The document's own identity (typed by the person, else from its header or enacting sentence) and its links. */
function readIdentity(text: string, ex: Extraction, typed: string | null): { extraction: IdentifiedExtraction; identity: DocumentIdentity | null } {
  const given = typed?.trim() ? typedIdentity(typed, ex, (t) => extract(t, { lenient: true })) : null;
  const identity = given?.identity ?? findIdentity(text, ex);
  // the identity travels with the extraction: the ingest marks the document as that instrument's own text
  return identity ? { extraction: { ...withIdentity(text, ex, identity, given?.instrument), identity }, identity } : { extraction: { ...ex, identity: null }, identity: null };
}

export const Mutation: MutationResolvers = {
  convertFile: async (_p, { file }) => {
    // Yoga hands over its own WHATWG File (not necessarily Node's global class): tell it by its shape.
    const upload = file as Partial<File> | string | null;
    if (!upload || typeof upload !== 'object' || typeof upload.arrayBuffer !== 'function' || typeof upload.size !== 'number') {
      throw badInput('file: send the file as a GraphQL multipart request (operations, map, then the file part)');
    }
    const name = (upload.name ?? '').trim() || 'upload';
    checkText('file name', name, 500);
    if (upload.size > MAX_UPLOAD_BYTES) throw badInput(`${name} is ${upload.size} bytes; the limit is ${MAX_UPLOAD_BYTES}: split the document`);
    if (upload.size === 0) throw badInput(`${name} is empty`);
    let doc;
    try {
      doc = await readDocumentBytes(name, Buffer.from(await upload.arrayBuffer()));
    } catch (err) {
      if (err instanceof DocumentReadError) throw badInput(`${name}: ${err.message}`, { supported: [...SUPPORTED_EXTENSIONS] });
      throw err;
    }
    if (!doc.text.trim()) throw badInput(`${name} holds no text`);
    return { text: doc.text, title: cleanTitle(doc.title, doc.text, name), fileName: name, length: doc.text.length };
  },

  ingestText: async (_p, { input, dryRun }, ctx) => {
    if (input.text.length > MAX_INGEST_CHARS) throw badInput(`input.text is ${input.text.length} characters long; the limit is ${MAX_INGEST_CHARS}: split the document`);
    if (input.text.trim() === '') throw badInput('input.text is empty: paste the text of a document');
    checkText('input.title', input.title, 1000);
    checkText('input.source', input.source, 2000);
    checkText('input.identity', input.identity, 300);
    const nfc = normalizeText(input.text);
    // (a typed identity is the text's own instrument for the extractor too: its "X này", preamble and final provisions)
    const typed = input.identity?.trim() ? { self: input.identity.trim() } : {};
    const { extraction, identity } = readIdentity(nfc, extract(nfc, typed), input.identity ?? null);
    const counts = { instruments: extraction.instruments.length, relations: extraction.relations.length, actions: extraction.actions.length };
    const garbled = detectGarbled(nfc);
    const proposedTitle = cleanTitle(null, nfc, input.source ?? null) ?? (identity ? identityName(identity) : null);
    const about = { identity, proposedTitle, textWarning: garbled.garbled ? (garbled.sample ?? '') : null };
    if (dryRun) return { dryRun: true, document: null, extraction, ...counts, ...about };
    const title = input.title?.trim() || proposedTitle;
    const result = await ctx.db.guard(() =>
      ingestDocument(ctx.graph, { text: input.text, source: input.source ?? null, title, publishedOn: input.publishedOn ?? null }, { extraction }),
    );
    const document = await ctx.loaders.document.load(result.docId);
    return { dryRun: false, document, extraction, ...counts, ...about };
  },

  deleteDocument: async (_p, { id }, ctx) => {
    checkText('id', id, 300);
    const actions = await ctx.loaders.documentActions.load(id);
    const result = await ctx.db.guard(() => deleteDocument(ctx.graph, id));
    if (!result) throw notFound(`no document with id ${JSON.stringify(id)}; list them with documents`);
    return { deleted: true, removedInstruments: result.instrumentsDeleted, removedActions: actions.length, removedOrganizations: result.organizationsDeleted };
  },
};
