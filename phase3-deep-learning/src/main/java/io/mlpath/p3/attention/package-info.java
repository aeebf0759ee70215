/**
 * Attention and the transformer, from the inside: scaled dot-product attention with causal and
 * padding masks, multi-head attention with its projections, and a pre-LN transformer block with
 * layer normalisation and sinusoidal positional encodings, each a forward pass written with array
 * operations and checked against PyTorch.
 *
 * <p>Attention turns a sequence into a weighted mixture of itself: every query scores every key
 * with a scaled dot product, a softmax turns each query's scores into weights that sum to 1, and
 * the output is the weighted sum of the values. Masks add {@code −∞} to the scores a query must
 * not see (later tokens in a decoder, padding in a batch). Multi-head attention runs several such
 * attentions side by side on slices of the feature axis, and a transformer block wraps it with
 * layer normalisation, a position-wise feed-forward network and residual connections.
 *
 * <p>Arrays are ND4J {@link org.nd4j.linalg.api.ndarray.INDArray}s in double precision
 * ({@code DataType.DOUBLE}), one token per row ({@code T × d}). ND4J's own layers, activations and
 * automatic differentiation ({@code org.deeplearning4j}, SameDiff / {@code org.nd4j.autodiff},
 * {@code org.nd4j.linalg.activations}) are not used: writing the softmax, the head split and the
 * normalisation is the lesson.
 *
 * <p>Reading: Vaswani et al., "Attention Is All You Need" (NeurIPS 2017,
 * https://arxiv.org/abs/1706.03762); Xiong et al., "On Layer Normalization in the Transformer
 * Architecture" (ICML 2020, https://arxiv.org/abs/2002.04745) for pre-LN; Jay Alammar, "The
 * Illustrated Transformer" (https://jalammar.github.io/illustrated-transformer/); Jurafsky and
 * Martin, <i>Speech and Language Processing</i> (3rd ed. draft), chapter 9; Andrej Karpathy,
 * "Let's build GPT: from scratch, in code, spelled out" (2023).
 */
package io.mlpath.p3.attention;
