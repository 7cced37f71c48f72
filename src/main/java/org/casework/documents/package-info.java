/**
 * Numbered documents (文书) of every case kind.
 *
 * <p>A feature service fills a typed form from {@code documents.forms} (it checks the contents the law
 * requires), and calls {@link org.casework.documents.DocumentService#issue}; the service numbers it
 * ({@code 东街罚决字〔2024〕第12号}: org prefix, type word, year, number per org, year and type without
 * gaps), stores the content as JSON and renders it on demand as PDF (OpenPDF, Noto Sans SC embedded)
 * or Word. Case screens embed {@code documents.ui.DocumentsPanel}; other systems use
 * {@code GET /api/documents/{id}.pdf} and {@code .docx}.
 */
package org.casework.documents;
