/**
 * Demo data for the embedded default ({@code casework.demo.enabled=true}): organisations, users and
 * realistic records, loaded on first start only.
 */
package org.casework.demo;
