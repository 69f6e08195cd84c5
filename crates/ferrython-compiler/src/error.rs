//! Compile errors: the parser's and our own, turned into CPython's SyntaxError
//! attributes (line, 1-based column offset, source text).

use crate::{CompileError, ErrorKind};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

/// An error found by the symbol table or code generator, before positions are resolved.
#[derive(Debug, Clone)]
pub struct SyntaxErr {
    pub msg: String,
    pub range: TextRange,
}

/// Line starts of a source text, for offset -> (line, column) conversion.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let off = u32::from(offset);
        let line = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.starts[line])
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> usize {
        self.starts.get((line.max(1) - 1) as usize).copied().unwrap_or(0) as usize
    }

    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        let i = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(i) else { return "" };
        let end = self.starts.get(i + 1).map(|&e| e as usize).unwrap_or(src.len());
        &src[start as usize..end.min(src.len())]
    }
}

/// Converts a byte column in `line` into CPython's 1-based character offset.
fn char_offset(line: &str, byte_col: u32) -> u32 {
    let b = (byte_col as usize).min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count() as u32 + 1
}

pub fn make_error(
    kind: ErrorKind,
    msg: String,
    src: &str,
    index: &LineIndex,
    filename: &str,
    range: TextRange,
) -> CompileError {
    let (line, col) = index.line_col(range.start());
    let (end_line, end_col) = index.line_col(range.end());
    let text = index.line_text(src, line).to_string();
    let end_text = index.line_text(src, end_line).to_string();
    CompileError {
        kind,
        msg,
        filename: filename.into(),
        lineno: line,
        offset: char_offset(&text, col),
        end_lineno: end_line,
        end_offset: char_offset(&end_text, end_col),
        text: Some(text),
    }
}

/// Maps ruff's parse error onto CPython's message and exception type.
pub fn from_parse_error(e: &ParseError, src: &str, index: &LineIndex, filename: &str) -> CompileError {
    use ParseErrorType as P;
    let mut kind = ErrorKind::SyntaxError;
    let mut range = e.location;
    let msg = match &e.error {
        P::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                kind = ErrorKind::IndentationError;
                // CPython points just past the end of the offending line.
                let (line, _) = index.line_col(range.start());
                let text = index.line_text(src, line);
                let end = TextSize::from((index.line_start(line) + text.trim_end_matches('\n').len()) as u32);
                range = TextRange::new(end, end);
                "unindent does not match any outer indentation level".to_string()
            }
            LexicalErrorType::UnclosedStringError => {
                let start = usize::from(range.start()).min(src.len());
                let token = src[start..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
                if token.starts_with("\"\"\"") || token.starts_with("'''") {
                    // Detected at the end of the input, which is where the scan stopped.
                    let end = src.trim_end_matches('\n').len().saturating_sub(1);
                    let (line, _) = index.line_col(TextSize::from(end as u32));
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    let (line, _) = index.line_col(range.start());
                    format!("unterminated string literal (detected at line {line})")
                }
            }
            LexicalErrorType::Eof => "unexpected EOF while parsing".to_string(),
            other => {
                let s = other.to_string();
                if s.contains("triple-quoted") {
                    let (line, _) = index.line_col(range.start());
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    "invalid syntax".to_string()
                }
            }
        },
        P::UnexpectedIndentation => {
            kind = ErrorKind::IndentationError;
            "unexpected indent".to_string()
        }
        P::OtherError(m) if m.starts_with("Expected an indented block") => {
            kind = ErrorKind::IndentationError;
            let (line, _) = index.line_col(range.start());
            // CPython names the statement that needs the block.
            let prev = if line > 1 { index.line_text(src, line - 1).trim() } else { "" };
            let what = prev.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let stmt = match what {
                "if" => "'if' statement",
                "elif" => "'elif' statement",
                "else" => "'else' statement",
                "for" => "'for' statement",
                "while" => "'while' statement",
                "def" => "function definition",
                "class" => "class definition",
                "try" => "'try' statement",
                "except" => "'except' statement",
                "finally" => "'finally' statement",
                "with" => "'with' statement",
                _ => "",
            };
            // The caret goes under the first character of the unindented line.
            let text = index.line_text(src, line);
            let indent = text.len() - text.trim_start().len();
            let at = TextSize::from((index.line_start(line) + indent) as u32);
            range = TextRange::new(at, at);
            if stmt.is_empty() {
                "expected an indented block".to_string()
            } else {
                format!("expected an indented block after {stmt} on line {}", line - 1)
            }
        }
        P::ExpectedToken { expected, found } => {
            let s = format!("{expected}");
            // CPython says "expected ':'" only when the line ends where the colon belongs.
            if s.contains(':') && matches!(found, ruff_python_ast::token::TokenKind::Newline) {
                range = TextRange::new(range.start(), range.start());
                "expected ':'".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
        P::UnexpectedExpressionToken => "invalid syntax".to_string(),
        other => {
            let s = other.to_string();
            if s.contains("assign") || s.contains("Assignment") {
                "invalid syntax".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
    };
    if range.is_empty() && range.start() > TextSize::from(0) && msg == "invalid syntax" {
        range = TextRange::new(range.start(), range.start());
    }
    make_error(kind, msg, src, index, filename, range)
}
