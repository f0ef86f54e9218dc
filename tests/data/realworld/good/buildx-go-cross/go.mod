module github.com/example/app

go 1.22

toolchain go1.22.1

require (
	github.com/spf13/cobra v1.8.0
	golang.org/x/sync v0.6.0
)
