/**
 * Who may do what: users and their API tokens, organisations (customers) and their
 * projects, roles granted on them, and the one place that answers "may this user do X on
 * this scope".
 */
package io.stackshift.identity;
