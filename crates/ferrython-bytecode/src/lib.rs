//! Bytecode shared by the compiler and the VM: the opcode table, code objects,
//! constants and the location table. The compiler produces [`CodeObject`]s; the VM
//! runs them. Nothing here knows about runtime objects.

pub mod code;
pub mod opcode;

pub use code::{code_flags, CodeObject, Constant, Instruction, Location};
pub use opcode::{format_flags, make_function_flags, BinaryOp, CompareOp, Opcode};
