/**
 * Real datasets bundled with mlpath, verified by SHA-256 on every load; start at
 * {@link io.mlpath.datasets.Datasets}.
 */
package io.mlpath.datasets;
