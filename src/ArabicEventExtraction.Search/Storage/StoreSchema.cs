namespace ArabicEventExtraction.Search.Storage;

/// <summary>The tables of an event store. Bump <see cref="Version"/> when they change.</summary>
public static class StoreSchema
{
    public const int Version = 1;

    /// <summary>PRAGMA application_id marking the file as ours: "AEE1" in ASCII.</summary>
    public const int ApplicationId = 0x41454531;

    public const string Create = """
        CREATE TABLE documents(
          doc_rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          dct TEXT,
          dct_day INTEGER,
          title TEXT,
          url TEXT,
          source TEXT,
          content_hash TEXT NOT NULL);
        -- texts and event JSON live apart so the rows searched and joined stay small
        CREATE TABLE document_texts(
          doc_rowid INTEGER PRIMARY KEY,
          text TEXT NOT NULL);
        CREATE TABLE events(
          event_rowid INTEGER PRIMARY KEY,
          doc_rowid INTEGER NOT NULL,
          event_id TEXT NOT NULL,
          kind TEXT NOT NULL,
          event_type TEXT NOT NULL,
          date_start TEXT,
          date_end TEXT,
          -- the event's period as day numbers; the document's date when the event has none
          day_from INTEGER,
          day_to INTEGER,
          month TEXT,
          place TEXT,
          admin1 TEXT,
          killed INTEGER NOT NULL,
          source TEXT,
          evidence_start INTEGER NOT NULL,
          evidence_end INTEGER NOT NULL);
        CREATE TABLE event_json(
          event_rowid INTEGER PRIMARY KEY,
          json TEXT NOT NULL);
        -- covers the full-text join and the date filter without reading event rows
        CREATE INDEX events_doc ON events(doc_rowid, day_to, day_from);
        CREATE INDEX events_period ON events(day_to, day_from);
        CREATE TABLE figures(
          event_rowid INTEGER NOT NULL,
          category TEXT NOT NULL,
          grp TEXT NOT NULL,
          value INTEGER,
          qualifier TEXT NOT NULL,
          start_offset INTEGER NOT NULL,
          end_offset INTEGER NOT NULL);
        CREATE INDEX figures_event ON figures(event_rowid);
        CREATE TABLE places(
          event_rowid INTEGER NOT NULL,
          ord INTEGER NOT NULL,
          name TEXT NOT NULL,
          admin1 TEXT,
          country TEXT,
          lat REAL,
          lon REAL,
          start_offset INTEGER NOT NULL,
          end_offset INTEGER NOT NULL);
        CREATE INDEX places_event ON places(event_rowid);
        -- folded name of every place of an event and of every place enclosing it, for the place filter
        CREATE TABLE place_names(
          name_key TEXT NOT NULL,
          event_rowid INTEGER NOT NULL,
          PRIMARY KEY(name_key, event_rowid)) WITHOUT ROWID;
        CREATE INDEX place_names_event ON place_names(event_rowid);
        CREATE TABLE actors(
          event_rowid INTEGER NOT NULL,
          code TEXT,
          name TEXT NOT NULL,
          start_offset INTEGER NOT NULL,
          end_offset INTEGER NOT NULL);
        CREATE INDEX actors_event ON actors(event_rowid);
        -- the analyzed terms of each document (rowid = documents.doc_rowid), space-joined, and its
        -- coarse date terms (DateTokens); the index only, the text is not stored again
        CREATE VIRTUAL TABLE doc_terms USING fts5(terms, dates, content='', contentless_delete=1, tokenize='ascii', detail=full);
        -- merge segments less eagerly than the default (4, 16): several times faster bulk indexing
        INSERT INTO doc_terms(doc_terms, rank) VALUES('automerge', 8);
        INSERT INTO doc_terms(doc_terms, rank) VALUES('crisismerge', 64);
        """;
}
