/**
 * The HTTP edge shared by every emulated service: routing by method and path template,
 * one request lock per cloud, token checks, fault injection and request counting. Knows
 * nothing of what the services mean.
 */
package io.stackshift.emulator.http;
