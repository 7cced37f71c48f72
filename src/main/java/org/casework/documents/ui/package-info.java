/** Screen pieces other features embed: {@link org.casework.documents.ui.DocumentsPanel}. */
@org.springframework.modulith.NamedInterface("ui")
package org.casework.documents.ui;
