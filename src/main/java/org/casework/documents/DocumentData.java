package org.casework.documents;

/**
 * The typed facts of one document type (see {@code documents.forms}); each form checks that it carries
 * what the law requires the document to state, and turns itself into printable content.
 */
public interface DocumentData {

    DocumentType type();

    /** The content before issue: no number yet; the issuing body and date are filled in at issue. */
    DocumentContent toContent();
}
