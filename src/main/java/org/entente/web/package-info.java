/**
 * The conventions every page and every API call follows: the page frame in both languages, request ids,
 * RFC 9457 problem details for every error, the OpenAPI document, and the home page.
 */
@NullMarked
package org.entente.web;

import org.jspecify.annotations.NullMarked;
