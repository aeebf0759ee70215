/**
 * Neural networks from their parts: activations, a dense layer, losses, initialisation,
 * regularisation, and a multilayer perceptron trained end to end, each with its forward and
 * backward pass written by hand.
 *
 * <p>Every part is a function of arrays with a matching backward pass: given the gradient of a
 * scalar loss with respect to a part's output, it returns the gradient with respect to its input
 * and stores the gradients of its parameters (back-propagation is the chain rule applied one part
 * at a time, from the loss back to the input). Each backward pass is checked the same way:
 * against central finite differences of a scalar loss, in double precision.
 *
 * <p>The parts: {@link io.mlpath.p3.nn.Activations} (ReLU, leaky ReLU, stable sigmoid, tanh,
 * GELU in its tanh approximation, row softmax and log-softmax), {@link io.mlpath.p3.nn.DenseLayer}
 * ({@code Y = XW + b} and its three gradients), {@link io.mlpath.p3.nn.Losses} (means over the
 * batch: MSE, softmax cross-entropy with the fused gradient {@code (softmax − onehot)/N}, binary
 * cross-entropy with logits) and {@link io.mlpath.p3.nn.Initialization} (seeded Xavier and He,
 * weights {@code fanIn × fanOut}), {@link io.mlpath.p3.nn.Dropout} and
 * {@link io.mlpath.p3.nn.BatchNorm} (which behave differently in training and at prediction time,
 * switched with {@code train()} / {@code eval()} as in PyTorch), and
 * {@link io.mlpath.p3.nn.MlpClassifier}, trained with mini-batch SGD with momentum written by hand.
 *
 * <p>Arrays are ND4J {@link org.nd4j.linalg.api.ndarray.INDArray}s in double precision
 * ({@code DataType.DOUBLE}), with one example per row. ND4J's own layers and automatic
 * differentiation ({@code org.deeplearning4j}, SameDiff / {@code org.nd4j.autodiff},
 * {@code org.nd4j.linalg.lossfunctions}) are not used: writing the gradients is the lesson.
 *
 * <p>Reading: CS231n notes, "Backpropagation, intuitions" (https://cs231n.github.io/optimization-2/)
 * and "Neural Networks Part 1–3" (https://cs231n.github.io/); Goodfellow, Bengio and Courville,
 * <i>Deep Learning</i> (MIT Press, 2016), chapter 6 (deep feedforward networks) and §6.5
 * (back-propagation); Nielsen, <i>Neural Networks and Deep Learning</i>, chapter 2.
 */
package io.mlpath.p3.nn;
