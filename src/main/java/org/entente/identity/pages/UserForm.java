package org.entente.identity.pages;

/** What was typed into the new-account form (never the password), so that an error loses nothing else. */
public record UserForm(String username, String displayName, String email, String organisation, String role) {}
