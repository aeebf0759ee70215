package io.mlpath.grader.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names a class file uses from its constant pool, dotted: the classes it mentions, the
 * members it references ({@code owner.name}) and its string constants.
 *
 * <ul>
 *   <li><b>classes</b>: every class entry (what {@code new}, casts, {@code instanceof},
 *       {@code catch}, class literals and super types point to; arrays give their element type)
 *       and every class in a descriptor or generic signature (parameters, return and field types,
 *       annotations, locals);</li>
 *   <li><b>members</b>: every field, method and interface method reference as its owner, a dot
 *       and the member's name, e.g. {@code java.lang.System.exit} for {@code System.exit(1)}; a
 *       method reference such as {@code System::exit} is a member reference too;</li>
 *   <li><b>strings</b>: every string constant, with {@code /} turned into {@code .}.</li>
 * </ul>
 *
 * <p><b>Bootstraps are not uses.</b> javac compiles lambdas and method references
 * ({@code LambdaMetafactory}), string concatenation ({@code StringConcatFactory}), records'
 * {@code equals}/{@code hashCode}/{@code toString} ({@code ObjectMethods}) and pattern switches
 * ({@code SwitchBootstraps}) to {@code invokedynamic} instructions whose bootstrap is a method
 * handle on one of those JDK factories. Their signatures mention
 * {@code java.lang.invoke.MethodHandles$Lookup}, which also brings a class entry for it and its
 * enclosing {@code MethodHandles} into the pool. None of that is the learner's use, so the scan
 * skips the factory method, the factory and the types of its signature as class entries, and the
 * signature itself. The bootstrap's arguments still count: {@code System::exit} passes a handle on
 * {@code System.exit}, and a lambda's type mentions the classes it captures. Code that really
 * uses {@code MethodHandles} has to call it, which leaves a member reference.
 *
 * <p>Reference: The Java Virtual Machine Specification, SE 17, §4.4 "The Constant Pool" and
 * §4.7.23 "The BootstrapMethods Attribute".
 */
final class BytecodeScan {

    /** The JDK classes whose bootstrap methods javac calls for ordinary Java code. */
    static final Set<String> BOOTSTRAP_FACTORIES = Set.of(
            "java.lang.invoke.LambdaMetafactory",
            "java.lang.invoke.StringConcatFactory",
            "java.lang.runtime.ObjectMethods",
            "java.lang.runtime.SwitchBootstraps");

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;

    /** A class type in a descriptor or signature: {@code L}, a binary name with a package, then {@code ;} or {@code <}. */
    private static final Pattern TYPE = Pattern.compile("L([^;<>:.()\\[\\]]+/[^;<>:.()\\[\\]]+)[;<]");

    private BytecodeScan() {
    }

    /** The classes, members and strings {@code classFile} uses, dotted, in constant pool order. */
    static Set<String> names(byte[] classFile) {
        Pool pool = Pool.read(classFile);
        Set<Integer> bootstraps = new HashSet<>();
        Set<Integer> bootstrapDescriptors = new HashSet<>();
        Set<String> bootstrapTypes = new HashSet<>();
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag[i] == METHOD_HANDLE && BOOTSTRAP_FACTORIES.contains(pool.owner(pool.second[i]))) {
                int member = pool.second[i];
                bootstraps.add(member);
                bootstrapTypes.add(pool.owner(member));
                int descriptor = pool.second[pool.second[member]];
                bootstrapDescriptors.add(descriptor);
                for (String type : typesIn(pool.utf8[descriptor])) {
                    bootstrapTypes.add(type);
                    bootstrapTypes.add(type.contains("$") ? type.substring(0, type.indexOf('$')) : type);
                }
            }
        }
        Set<Integer> strings = new HashSet<>();
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag[i] == STRING) {
                strings.add(pool.first[i]);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < pool.size(); i++) {
            switch (pool.tag[i]) {
                case UTF8 -> {
                    if (!bootstrapDescriptors.contains(i) && !strings.contains(i)) {
                        names.addAll(typesIn(pool.utf8[i]));
                    }
                }
                case CLASS -> {
                    String type = pool.className(i);
                    if (type != null && !bootstrapTypes.contains(type)) {
                        names.add(type);
                    }
                }
                case STRING -> names.add(pool.utf8[pool.first[i]].replace('/', '.'));
                case FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF -> {
                    String owner = pool.utf8[pool.first[pool.first[i]]];
                    if (!bootstraps.contains(i) && !owner.startsWith("[")) {
                        names.add(owner.replace('/', '.') + "." + pool.utf8[pool.first[pool.second[i]]]);
                    }
                }
                default -> {
                }
            }
        }
        return names;
    }

    /** The class types named in a descriptor or signature, dotted; none for any other string. */
    static Set<String> typesIn(String descriptor) {
        Set<String> types = new LinkedHashSet<>();
        Matcher m = TYPE.matcher(descriptor);
        while (m.find()) {
            types.add(m.group(1).replace('/', '.'));
        }
        return types;
    }

    /**
     * The constant pool: each entry's tag, its first and second index operands (or the reference
     * kind and reference of a method handle), and its text for UTF-8 entries.
     */
    private record Pool(int[] tag, int[] first, int[] second, String[] utf8) {

        int size() {
            return tag.length;
        }

        /** The dotted name of class entry {@code index}; the element type for an array; null for a primitive array. */
        String className(int index) {
            String name = utf8[first[index]];
            if (!name.startsWith("[")) {
                return name.replace('/', '.');
            }
            Set<String> element = typesIn(name);
            return element.isEmpty() ? null : element.iterator().next();
        }

        /** The dotted owner class of member reference {@code index}. */
        String owner(int index) {
            return utf8[first[first[index]]].replace('/', '.');
        }

        static Pool read(byte[] classFile) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
                if (in.readInt() != 0xCAFEBABE) {
                    throw new IllegalArgumentException("not a class file: it must start with 0xCAFEBABE");
                }
                in.readUnsignedShort();
                in.readUnsignedShort();
                int count = in.readUnsignedShort();
                Pool pool = new Pool(new int[count], new int[count], new int[count], new String[count]);
                for (int i = 1; i < count; i++) {
                    int tag = in.readUnsignedByte();
                    pool.tag[i] = tag;
                    switch (tag) {
                        case UTF8 -> pool.utf8[i] = in.readUTF();
                        case CLASS, STRING, 16, 19, 20 -> pool.first[i] = in.readUnsignedShort();
                        case METHOD_HANDLE -> {
                            pool.first[i] = in.readUnsignedByte();
                            pool.second[i] = in.readUnsignedShort();
                        }
                        case FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, 17, 18 -> {
                            pool.first[i] = in.readUnsignedShort();
                            pool.second[i] = in.readUnsignedShort();
                        }
                        case 3, 4 -> in.skipBytes(4);
                        case 5, 6 -> {
                            in.skipBytes(8);
                            i++;
                        }
                        default -> throw new IllegalArgumentException("class file has unknown constant tag " + tag
                                + " at entry " + i);
                    }
                }
                return pool;
            } catch (IOException e) {
                throw new IllegalArgumentException("truncated class file: " + e.getMessage(), e);
            }
        }
    }
}
