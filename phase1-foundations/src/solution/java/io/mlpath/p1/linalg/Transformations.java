package io.mlpath.p1.linalg;

/**
 * Geometric transformations of the plane as matrices: rotation, scaling, shear and reflection as
 * {@code 2 × 2} matrices, translation as a {@code 3 × 3} matrix in homogeneous coordinates, and
 * their composition.
 *
 * <h2>The maths</h2>
 * A point is a column vector {@code p = (x, y)ᵀ} and a linear map is a {@code 2 × 2} matrix
 * {@code T}, applied as {@code T p}. Column {@code j} of {@code T} is where the basis vector
 * {@code e_j} lands, which gives every matrix below (angles in <b>degrees</b>, counter-clockwise,
 * converted to radians {@code θ·π/180} before {@code cos} and {@code sin}):
 * <ul>
 *   <li><b>rotation</b> by {@code θ}: {@code [[cos θ, −sin θ], [sin θ, cos θ]]};</li>
 *   <li><b>scaling</b>: {@code [[s_x, 0], [0, s_y]]};</li>
 *   <li><b>shear</b> along x: {@code [[1, k], [0, 1]]}, {@code (x, y) ↦ (x + k·y, y)};</li>
 *   <li><b>reflection</b> across the line through the origin at angle {@code φ} to the x-axis:
 *       {@code [[cos 2φ, sin 2φ], [sin 2φ, −cos 2φ]]} (note {@code 2φ}: reflecting across the
 *       x-axis, {@code φ = 0}, is {@code (x, y) ↦ (x, −y)});</li>
 *   <li><b>translation</b> {@code p ↦ p + t} is not linear ({@code 0} moves), so no {@code 2 × 2}
 *       matrix does it. In <b>homogeneous coordinates</b> the point is {@code (x, y, 1)ᵀ} and
 *       translation is the {@code 3 × 3} matrix {@code [[1, 0, t_x], [0, 1, t_y], [0, 0, 1]]};
 *       a {@code 2 × 2} map {@code L} becomes {@code [[L, 0], [0, 0, 1]]}. Every such affine
 *       matrix has last row {@code [0, 0, 1]}.</li>
 * </ul>
 * <b>Composition</b>: "apply {@code A}, then {@code B}" maps {@code p} to {@code B(Ap) = (BA)p},
 * so its matrix is the product {@code BA}: the transformation applied first stands on the
 * right, next to the point. Matrix products do not commute: rotating then translating is not
 * translating then rotating.
 *
 * <p><b>Determinant</b>: {@code |det T|} is the factor by which {@code T} scales every area (the
 * unit square goes to a parallelogram of area {@code |det T|}); its sign says whether
 * orientation is kept ({@code +}) or flipped ({@code −}). Rotations and shears have
 * {@code det = 1}, {@code scale(s_x, s_y)} has {@code s_x s_y}, reflections {@code −1}; the
 * determinant of a product is the product of determinants; a homogeneous affine matrix has the
 * determinant of its {@code 2 × 2} block, so translations keep areas.
 *
 * <h2>Worked example</h2>
 * <pre>{@code
 * Transformations.rotationDegrees(90);                       // [[0, -1], [1, 0]]  (to rounding)
 * Transformations.apply(Transformations.rotationDegrees(90), new double[] {1, 0});   // [0, 1]
 * Transformations.reflection(45);                            // [[0, 1], [1, 0]]: (2, 5) ↦ (5, 2)
 * Transformations.determinant(Transformations.scale(2, 3));  // 6: the unit square becomes 2 × 3
 * double[][] turn = Transformations.homogeneous(Transformations.rotationDegrees(90));
 * double[][] move = Transformations.translation(1, 0);
 * Transformations.apply(Transformations.compose(turn, move), new double[] {1, 0});  // [1, 1]
 * Transformations.apply(Transformations.compose(move, turn), new double[] {1, 0});  // [0, 2]
 * }</pre>
 *
 * <h2>Numerical and edge-case notes</h2>
 * <ul>
 *   <li>{@link Math#cos} and {@link Math#sin} take radians: {@code Math.cos(90)} is the cosine of
 *       90 radians (−0.448), not of 90°. Convert with {@link Math#toRadians}.</li>
 *   <li>{@code cos(π/2)} is {@code 6.1e-17}, not 0, because {@code π/2} is not exactly
 *       representable: a quarter turn gives {@code [[6.1e-17, −1], [1, 6.1e-17]]}. Compare with a
 *       tolerance.</li>
 *   <li>Two conventions exist: this class uses column vectors ({@code p' = Tp}, translation in
 *       the last column), as in most maths texts; some graphics APIs use row vectors
 *       ({@code p' = pT}, translation in the last row), which reverses the order of every
 *       composition. Mixing them is a classic bug.</li>
 *   <li>A zero scale factor is allowed: it flattens the plane onto a line, and its determinant
 *       (area scale) is 0.</li>
 * </ul>
 *
 * <p>References: G. Strang, <i>Introduction to Linear Algebra</i>, 5th ed., §8.1 (the matrix of a
 * linear transformation) and §5.1 (determinants as areas); J. D. Foley, A. van Dam, S. K. Feiner
 * and J. F. Hughes, <i>Computer Graphics: Principles and Practice</i>, 2nd ed., ch. 5 (2-D
 * transformations and homogeneous coordinates); 3Blue1Brown, <i>Essence of Linear Algebra</i>,
 * chapters 3–6 (linear transformations, composition, the determinant).
 */
public final class Transformations {

    private Transformations() {
    }

    /**
     * The {@code 2 × 2} counter-clockwise rotation by {@code degrees}:
     * {@code [[cos θ, −sin θ], [sin θ, cos θ]]} with {@code θ = degrees·π/180}.
     *
     * <p>Example: {@code rotationDegrees(90)} maps {@code (1, 0)} to {@code (0, 1)} and
     * {@code (0, 1)} to {@code (−1, 0)}; {@code rotationDegrees(180)} is {@code −I};
     * {@code rotationDegrees(-90)} turns clockwise.
     *
     * @param degrees the angle in degrees, counter-clockwise; finite (any value: 450 is 90)
     * @return a new {@code 2 × 2} rotation matrix
     * @throws IllegalArgumentException if {@code degrees} is NaN or infinite
     */
    public static double[][] rotationDegrees(double degrees) {
        requireFinite("degrees", degrees);
        double theta = Math.toRadians(degrees);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        return new double[][] {{c, -s}, {s, c}};
    }

    /**
     * The {@code 2 × 2} scaling {@code [[sx, 0], [0, sy]]}: {@code (x, y) ↦ (sx·x, sy·y)}.
     *
     * <p>Example: {@code scale(2, 3)} maps {@code (1, 1)} to {@code (2, 3)} and the unit square to
     * a {@code 2 × 3} rectangle (area 6); {@code scale(-1, 1)} mirrors across the y-axis.
     *
     * @param sx the factor along x, finite (0 and negative values allowed)
     * @param sy the factor along y, finite (0 and negative values allowed)
     * @return a new {@code 2 × 2} matrix
     * @throws IllegalArgumentException if a factor is NaN or infinite
     */
    public static double[][] scale(double sx, double sy) {
        requireFinite("sx", sx);
        requireFinite("sy", sy);
        return new double[][] {{sx, 0}, {0, sy}};
    }

    /**
     * The {@code 2 × 2} shear along x, {@code [[1, k], [0, 1]]}: {@code (x, y) ↦ (x + k·y, y)}.
     * Points slide horizontally in proportion to their height; the x-axis stays fixed.
     *
     * <p>Example: {@code shearX(1)} maps {@code (0, 1)} to {@code (1, 1)} and the unit square to a
     * parallelogram of the same area (its determinant is 1).
     *
     * @param k the shear factor, finite
     * @return a new {@code 2 × 2} matrix
     * @throws IllegalArgumentException if {@code k} is NaN or infinite
     */
    public static double[][] shearX(double k) {
        requireFinite("k", k);
        return new double[][] {{1, k}, {0, 1}};
    }

    /**
     * The {@code 2 × 2} reflection across the line through the origin at {@code lineDegrees} to the
     * x-axis: {@code [[cos 2φ, sin 2φ], [sin 2φ, −cos 2φ]]} with {@code φ = lineDegrees·π/180}.
     * Points on the line stay; points on the perpendicular line through the origin flip sign.
     *
     * <p>Example: {@code reflection(0)} maps {@code (x, y)} to {@code (x, −y)};
     * {@code reflection(45)} is {@code [[0, 1], [1, 0]]} and swaps the coordinates,
     * {@code (2, 5) ↦ (5, 2)}; {@code reflection(90)} maps {@code (x, y)} to {@code (−x, y)}.
     *
     * @param lineDegrees the angle of the mirror line in degrees, finite
     * @return a new {@code 2 × 2} reflection matrix (determinant −1, its own inverse)
     * @throws IllegalArgumentException if {@code lineDegrees} is NaN or infinite
     */
    public static double[][] reflection(double lineDegrees) {
        requireFinite("lineDegrees", lineDegrees);
        double twoPhi = 2 * Math.toRadians(lineDegrees);
        double c = Math.cos(twoPhi);
        double s = Math.sin(twoPhi);
        return new double[][] {{c, s}, {s, -c}};
    }

    /**
     * The {@code 3 × 3} homogeneous translation by {@code (tx, ty)}:
     * {@code [[1, 0, tx], [0, 1, ty], [0, 0, 1]]}, so {@code (x, y, 1) ↦ (x + tx, y + ty, 1)}.
     *
     * <p>Example: {@code apply(translation(2, -1), [1, 1]) = [3, 0]}.
     *
     * @param tx the shift along x, finite
     * @param ty the shift along y, finite
     * @return a new {@code 3 × 3} matrix (translation in the last column, last row {@code [0, 0, 1]})
     * @throws IllegalArgumentException if a shift is NaN or infinite
     */
    public static double[][] translation(double tx, double ty) {
        requireFinite("tx", tx);
        requireFinite("ty", ty);
        return new double[][] {{1, 0, tx}, {0, 1, ty}, {0, 0, 1}};
    }

    /**
     * Embeds a {@code 2 × 2} linear map in homogeneous coordinates:
     * {@code [[l00, l01, 0], [l10, l11, 0], [0, 0, 1]]}, so that it composes with translations.
     *
     * <p>Example: {@code homogeneous([[1, 2], [3, 4]]) = [[1, 2, 0], [3, 4, 0], [0, 0, 1]]}.
     *
     * @param linear a {@code 2 × 2} finite matrix; left unchanged
     * @return a new {@code 3 × 3} matrix
     * @throws IllegalArgumentException if {@code linear} is null, not {@code 2 × 2}, has a null row
     *                                  or a non-finite value
     */
    public static double[][] homogeneous(double[][] linear) {
        requireTransformation("linear", linear);
        if (linear.length != 2) {
            throw new IllegalArgumentException("linear must be a 2×2 matrix, was " + linear.length + "×"
                    + linear.length);
        }
        return new double[][] {
            {linear[0][0], linear[0][1], 0},
            {linear[1][0], linear[1][1], 0},
            {0, 0, 1}};
    }

    /**
     * The transformation "apply {@code first}, then {@code second}": the matrix product
     * {@code second · first} (the one applied first stands on the right, next to the point).
     *
     * <p>Example: with {@code turn = homogeneous(rotationDegrees(90))} and
     * {@code move = translation(1, 0)}, {@code compose(turn, move)} maps {@code (1, 0)} to
     * {@code (0, 1)} then to {@code (1, 1)}, while {@code compose(move, turn)} maps it to
     * {@code (2, 0)} then to {@code (0, 2)}.
     *
     * @param first  the transformation applied first, {@code 2 × 2} or {@code 3 × 3}, finite; left
     *               unchanged
     * @param second the transformation applied second, the same size, finite; left unchanged
     * @return a new matrix {@code second · first}
     * @throws IllegalArgumentException if either is null, not {@code 2 × 2} or {@code 3 × 3}, ragged,
     *                                  not finite, or their sizes differ
     */
    public static double[][] compose(double[][] first, double[][] second) {
        requireTransformation("first", first);
        requireTransformation("second", second);
        int n = first.length;
        if (second.length != n) {
            throw new IllegalArgumentException("first and second must have the same size: first is " + n + "×" + n
                    + ", second is " + second.length + "×" + second.length
                    + " (use homogeneous() to lift a 2×2 map to 3×3)");
        }
        double[][] product = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    product[i][j] += second[i][k] * first[k][j];
                }
            }
        }
        return product;
    }

    /**
     * Applies a transformation to a point {@code (x, y)}: {@code T p} for a {@code 2 × 2} map, or
     * the first two coordinates of {@code T (x, y, 1)ᵀ} for a {@code 3 × 3} homogeneous affine map.
     *
     * <p>Example: {@code apply(rotationDegrees(90), [1, 0]) = [0, 1]} (to rounding);
     * {@code apply(translation(2, -1), [1, 1]) = [3, 0]}.
     *
     * @param t     a {@code 2 × 2} matrix, or a {@code 3 × 3} one with last row {@code [0, 0, 1]};
     *              finite; left unchanged
     * @param point the point {@code [x, y]}, finite; left unchanged
     * @return a new array {@code [x', y']}
     * @throws IllegalArgumentException if {@code t} is null, not {@code 2 × 2} or {@code 3 × 3},
     *                                  ragged, not finite, or {@code 3 × 3} with a last row other than
     *                                  {@code [0, 0, 1]}; or if {@code point} is null, not finite or
     *                                  does not have 2 coordinates
     */
    public static double[] apply(double[][] t, double[] point) {
        requireTransformation("t", t);
        if (point == null) {
            throw new IllegalArgumentException("point must not be null");
        }
        if (point.length != 2) {
            throw new IllegalArgumentException("point must have 2 coordinates (x, y), had " + point.length);
        }
        for (int i = 0; i < 2; i++) {
            requireFinite("point[" + i + "]", point[i]);
        }
        double x = point[0];
        double y = point[1];
        if (t.length == 2) {
            return new double[] {t[0][0] * x + t[0][1] * y, t[1][0] * x + t[1][1] * y};
        }
        if (t[2][0] != 0 || t[2][1] != 0 || t[2][2] != 1) {
            throw new IllegalArgumentException("a homogeneous 2-D transformation must have last row [0, 0, 1], was ["
                    + t[2][0] + ", " + t[2][1] + ", " + t[2][2] + "]");
        }
        return new double[] {t[0][0] * x + t[0][1] * y + t[0][2], t[1][0] * x + t[1][1] * y + t[1][2]};
    }

    /**
     * The determinant of a {@code 2 × 2} or {@code 3 × 3} matrix: the signed factor by which the
     * transformation scales areas ({@code ad − bc} for {@code [[a, b], [c, d]]}; cofactor expansion
     * along the first row for {@code 3 × 3}).
     *
     * <p>Example: {@code determinant(scale(2, 3)) = 6}; {@code determinant(rotationDegrees(30)) = 1}
     * (to rounding); {@code determinant(reflection(0)) = −1} (orientation flips);
     * {@code determinant(translation(5, 7)) = 1}.
     *
     * @param t a {@code 2 × 2} or {@code 3 × 3} finite matrix; left unchanged
     * @return {@code det t}, with its sign
     * @throws IllegalArgumentException if {@code t} is null, not {@code 2 × 2} or {@code 3 × 3},
     *                                  ragged or not finite
     */
    public static double determinant(double[][] t) {
        requireTransformation("t", t);
        if (t.length == 2) {
            return t[0][0] * t[1][1] - t[0][1] * t[1][0];
        }
        return t[0][0] * (t[1][1] * t[2][2] - t[1][2] * t[2][1])
                - t[0][1] * (t[1][0] * t[2][2] - t[1][2] * t[2][0])
                + t[0][2] * (t[1][0] * t[2][1] - t[1][1] * t[2][0]);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }

    /** A square {@code 2 × 2} or {@code 3 × 3} finite matrix, or an IllegalArgumentException naming the flaw. */
    private static void requireTransformation(String name, double[][] t) {
        if (t == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (t.length != 2 && t.length != 3) {
            throw new IllegalArgumentException("a 2-D transformation must be 2×2 (linear) or 3×3 (homogeneous), "
                    + name + " has " + t.length + " rows");
        }
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null) {
                throw new IllegalArgumentException("rows must not be null, row " + i + " of " + name + " is null");
            }
            if (t[i].length != t.length) {
                throw new IllegalArgumentException(name + " must be square, " + t.length + "×" + t.length
                        + ": row " + i + " has length " + t[i].length);
            }
            for (int j = 0; j < t.length; j++) {
                requireFinite(name + "[" + i + "][" + j + "]", t[i][j]);
            }
        }
    }
}
