/** What Entente's PDF documents share: a font that shows every nation's letters, embedded when the machine has one. */
@NullMarked
package org.entente.documents;

import org.jspecify.annotations.NullMarked;
