//! The binary on a real pseudo-terminal, for what only a terminal shows: prompts (dialoguer
//! reads keys from the terminal itself, not from a pipe) and the terminal's own detection.
//!
//! Built on libc's POSIX pty calls, so the tests need no tool (`script`, `expect`, tmux) on
//! the machine that runs them.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long to wait for the binary to print or ask something before failing the test.
const PATIENCE: Duration = Duration::from_secs(60);

/// Everything the terminal showed, shared with the thread that reads it.
#[derive(Default)]
struct Screen {
    bytes: Mutex<Vec<u8>>,
    changed: Condvar,
}

/// A child process whose stdin, stdout and stderr are one pseudo-terminal (120x40), and whose
/// controlling terminal it is, as in an interactive shell.
pub struct Pty {
    child: Child,
    master: File,
    /// Our own handle on the terminal side, to read the modes the child sets (raw, no echo).
    slave: Option<File>,
    screen: Arc<Screen>,
    reader: Option<JoinHandle<()>>,
    /// How much of the screen `expect` has consumed.
    seen: usize,
}

impl Pty {
    /// Spawns `cmd` on a new pseudo-terminal.
    pub fn spawn(mut cmd: Command) -> Self {
        let master = open_master();
        let slave_path = slave_name(&master);
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&slave_path)
            .expect("open the pty's terminal side");
        let stdio = || Stdio::from(slave.try_clone().expect("dup the pty"));
        cmd.stdin(stdio()).stdout(stdio()).stderr(stdio());
        // SAFETY: setsid and ioctl are async-signal-safe, as pre_exec requires. A new session
        // with the pty as its controlling terminal is what a login shell gives a program.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn vpnmine on a pty");
        // The command holds copies of the terminal side; once only the child (and `slave`)
        // hold it, reading the master ends when they close it.
        drop(cmd);

        let screen = Arc::new(Screen::default());
        let mut reading = master.try_clone().expect("dup the master");
        let shared = Arc::clone(&screen);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Linux answers EIO once the terminal side is closed everywhere: the end.
            while let Ok(n @ 1..) = reading.read(&mut buf) {
                shared.bytes.lock().unwrap().extend_from_slice(&buf[..n]);
                shared.changed.notify_all();
            }
        });
        Pty {
            child,
            master,
            slave: Some(slave),
            screen,
            reader: Some(reader),
            seen: 0,
        }
    }

    /// Waits until the terminal shows `needle` (after what earlier calls consumed) and
    /// returns the screen up to and including it.
    pub fn expect(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        let mut bytes = self.screen.bytes.lock().unwrap();
        loop {
            let fresh = &bytes[self.seen..];
            if let Some(at) = fresh
                .windows(needle.len())
                .position(|w| w == needle.as_bytes())
            {
                let end = at + needle.len();
                let shown = String::from_utf8_lossy(&fresh[..end]).into_owned();
                self.seen += end;
                return shown;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "the terminal never showed {needle:?}; it shows:\n{}",
                String::from_utf8_lossy(&bytes)
            );
            bytes = self.screen.changed.wait_timeout(bytes, left).unwrap().0;
        }
    }

    /// Waits until the program reads keys one at a time (raw mode, as dialoguer's line editor
    /// and confirmations do). Typing earlier could reach a line-mode read instead.
    pub fn wait_for_key_reads(&self) {
        self.wait_for_mode("raw mode (reading keys)", |mode| {
            mode.c_lflag & libc::ICANON == 0
        });
    }

    /// Waits until the terminal stops echoing (a password prompt). Typing earlier would be
    /// thrown away: the prompt flushes pending input as it turns echo off.
    pub fn wait_for_hidden_input(&self) {
        self.wait_for_mode("echo off (a secret prompt)", |mode| {
            mode.c_lflag & libc::ECHO == 0
        });
    }

    fn wait_for_mode(&self, what: &str, reached: impl Fn(&libc::termios) -> bool) {
        let slave = self.slave.as_ref().expect("the pty is open");
        let deadline = Instant::now() + PATIENCE;
        loop {
            let mut mode = std::mem::MaybeUninit::<libc::termios>::uninit();
            // SAFETY: tcgetattr fills the termios it is given, on a descriptor we own.
            let mode = unsafe {
                assert_eq!(libc::tcgetattr(slave.as_raw_fd(), mode.as_mut_ptr()), 0);
                mode.assume_init()
            };
            if reached(&mode) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the terminal never reached {what}; it shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Types `keys` (use `\r` for Enter, as a keyboard sends).
    pub fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
        self.master.flush().expect("type");
    }

    /// Everything the terminal has shown so far.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.bytes.lock().unwrap()).into_owned()
    }

    /// Waits for the program to exit; returns its exit code and everything it showed.
    pub fn finish(mut self) -> (i32, String) {
        let status = wait_with_patience(&mut self.child);
        self.slave = None;
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the pty reader");
        }
        (status, self.screen())
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A failed assertion leaves the child waiting for keys: end it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_with_patience(child: &mut Child) -> i32 {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = child.try_wait().expect("wait vpnmine") {
            return status.code().unwrap_or(-1);
        }
        assert!(Instant::now() < deadline, "vpnmine did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn open_master() -> File {
    // SAFETY: plain POSIX calls on a descriptor we own; each result is checked.
    unsafe {
        let fd = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        assert!(fd >= 0, "posix_openpt: {}", std::io::Error::last_os_error());
        let owned = OwnedFd::from_raw_fd(fd);
        assert_eq!(libc::grantpt(fd), 0, "grantpt");
        assert_eq!(libc::unlockpt(fd), 0, "unlockpt");
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        assert_eq!(libc::ioctl(fd, libc::TIOCSWINSZ, &size), 0, "TIOCSWINSZ");
        File::from(owned)
    }
}

fn slave_name(master: &File) -> String {
    let mut name = [0 as libc::c_char; 128];
    // SAFETY: ptsname_r writes a NUL-terminated name into the buffer of the length given.
    unsafe {
        assert_eq!(
            libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len()),
            0,
            "ptsname_r"
        );
        std::ffi::CStr::from_ptr(name.as_ptr())
            .to_string_lossy()
            .into_owned()
    }
}
