/**
 * The Alliance's two official languages: text held in English and French side by side, and the language a
 * reader works in (chosen in the header, remembered, or taken from the browser).
 */
@NullMarked
package org.entente.languages;

import org.jspecify.annotations.NullMarked;
