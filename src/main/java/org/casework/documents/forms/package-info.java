/**
 * One typed form per document type: the facts a 文书 must state by law, checked on construction,
 * turned into printable {@link org.casework.documents.DocumentContent}. Feature services fill a form
 * and hand it to {@link org.casework.documents.DocumentService#issue}.
 */
@org.springframework.modulith.NamedInterface("forms")
package org.casework.documents.forms;
