/**
 * Calculus for machine learning, from scratch on {@code double} and {@code double[]}:
 * derivatives, gradients, Jacobians and Hessians by finite differences; reverse-mode automatic
 * differentiation; and the optimisers built on them: gradient descent with line search,
 * momentum, RMSProp and Adam, and Newton's method.
 *
 * <p>Training a model is minimising a loss {@code L(θ)}, and every method here needs its
 * derivatives. The challenges build them in the order a practitioner meets them:
 * <ol>
 *   <li><b>derivatives</b> ({@code p1.calculus.derivatives}, {@link io.mlpath.p1.calculus.Derivatives}):
 *       central differences {@code (f(x + h) − f(x − h)) / 2h} for derivatives, gradients,
 *       Jacobians and Hessians of functions given as code. Second-order accurate (halving
 *       {@code h} cuts the error about 4×), simple, and the universal check of every analytic
 *       gradient, but {@code 2n} evaluations per gradient and limited by rounding.</li>
 *   <li><b>automatic differentiation</b> ({@code p1.calculus.autodiff}, {@link io.mlpath.p1.calculus.Value}):
 *       record each operation in a graph, then apply the chain rule backwards in topological
 *       order, accumulating the contributions of reused nodes. The gradient of a scalar with
 *       respect to all inputs costs a small constant times one evaluation, and is exact up to
 *       rounding: this is backpropagation, the engine of deep learning.</li>
 *   <li><b>gradient descent</b> ({@code p1.calculus.gradient-descent}, {@link io.mlpath.p1.calculus.GradientDescent}): step against the gradient
 *       {@code θ ← θ − η ∇L(θ)} with stopping rules; the step size must stay below {@code 2/L}
 *       ({@code L} the largest curvature) or the iterates diverge, and ill-conditioning makes
 *       progress slow; a backtracking (Armijo) line search chooses the step automatically.</li>
 *   <li><b>optimisers</b> ({@code p1.calculus.optimizers}, {@link io.mlpath.p1.calculus.Optimizers}): momentum, RMSProp and Adam as
 *       update rules with state: averages of past gradients and of their squares, and Adam's
 *       bias correction of those averages in the first steps.</li>
 *   <li><b>Newton's method</b> ({@code p1.calculus.newton}, {@link io.mlpath.p1.calculus.Newton}): use the second derivative too,
 *       solving {@code H Δ = −∇L} (never inverting {@code H}), for quadratic convergence near a
 *       minimum or a root.</li>
 * </ol>
 *
 * <p>Numerical care runs through the topic: choose finite-difference steps that balance
 * truncation against rounding, never modify the caller's arrays, accumulate (do not assign)
 * gradients, and check every analytic derivative against a numerical one.
 *
 * <p>Further reading: M. P. Deisenroth, A. A. Faisal and C. S. Ong, <i>Mathematics for Machine
 * Learning</i> (2020), chapters 5 and 7; J. Nocedal and S. J. Wright, <i>Numerical
 * Optimization</i>, 2nd ed. (2006), chapters 2, 3 and 8; A. G. Baydin et al., "Automatic
 * Differentiation in Machine Learning: a Survey", JMLR 18 (2018); S. Ruder, "An overview of
 * gradient descent optimization algorithms" (2016), arXiv:1609.04747; I. Goodfellow, Y. Bengio
 * and A. Courville, <i>Deep Learning</i> (2016), chapters 4, 6.5 and 8.
 */
package io.mlpath.p1.calculus;
